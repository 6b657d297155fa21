package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code plyometer athlete show NAME}. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows an athlete's settings and sessions.",
        footer = {"", ExitCodes.HELP})
final class AthleteShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "the athlete")
    String name;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (History h = data.open()) {
            Athlete a = h.athletes().require(name);
            AthleteView v = AthleteView.of(a, h);
            if (json) {
                out.println(Json.line(v));
                return ExitCodes.OK;
            }
            out.println(a.name());
            out.println(Show.f("  level            %s (%d–%d %s per session)", v.level(), v.sessionMin(),
                    v.sessionMax(), v.unit()));
            out.println("  time zone        " + v.timeZone());
            out.println("  body mass        " + (v.bodyMassKg() == null ? "not set"
                    : Show.f("%.1f kg", v.bodyMassKg())));
            out.println("  strength start   " + (v.strengthProgramStart() == null ? "not set (--strength-start DATE)"
                    : v.strengthProgramStart()));
            out.println("  sessions/week    " + (v.sessionsPerWeek() == null ? "not set" : v.sessionsPerWeek()
                    + " planned"));
            out.println("  sessions         " + (v.sessions() == 0 ? "none stored" : Show.f("%d stored, %s to %s",
                    v.sessions(), v.firstSession().substring(0, 10), v.lastSession().substring(0, 10))));
        }
        return ExitCodes.OK;
    }
}
