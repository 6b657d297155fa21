package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code plyometer athlete list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the athletes in the history.",
        footer = {"", ExitCodes.HELP})
final class AthleteListCommand implements Callable<Integer> {
    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "as one JSON array")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (History h = data.open()) {
            List<AthleteView> views = new ArrayList<>();
            for (Athlete a : h.athletes().list()) {
                views.add(AthleteView.of(a, h));
            }
            if (json) {
                out.println(Json.line(views));
                return ExitCodes.OK;
            }
            if (views.isEmpty()) {
                spec.commandLine().getErr().println("plyometer: no athletes in " + h.dir().root()
                        + " yet: plyometer athlete add NAME, or plyometer upload FILE --athlete NAME");
                return ExitCodes.OK;
            }
            out.println(Show.f("%-16s %-13s %-14s %-20s %8s  %s", "name", "level", "unit", "time zone", "sessions",
                    "last session"));
            for (AthleteView v : views) {
                String last = v.lastSession() == null ? "–" : v.lastSession().substring(0, 16).replace('T', ' ');
                out.println(Show.f("%-16s %-13s %-14s %-20s %8d  %s", v.name(), v.level(), v.unit(), v.timeZone(),
                        v.sessions(), last));
            }
        }
        return ExitCodes.OK;
    }
}
