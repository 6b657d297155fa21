package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code plyometer sessions list --athlete NAME}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists an athlete's sessions in time order.",
        footer = {"", ExitCodes.HELP})
final class SessionsListCommand implements Callable<Integer> {
    @Option(names = "--athlete", paramLabel = "NAME", required = true, description = "the athlete")
    String athleteName;

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
            Athlete a = h.athletes().require(athleteName);
            List<StoredSession> sessions = h.sessions().list(a);
            if (json) {
                out.println(Json.line(sessions.stream().map(s -> SessionView.of(s, a.zone())).toList()));
                return ExitCodes.OK;
            }
            if (sessions.isEmpty()) {
                spec.commandLine().getErr().println("plyometer: no sessions stored for " + a.name());
                return ExitCodes.OK;
            }
            out.println(Show.f("%5s  %-16s  %8s  %8s  %4s  %-6s  %s", "id", "start", a.unit().label().equals("landings")
                    ? "landings" : "contacts", "landings", "sets", "status", "file"));
            for (StoredSession s : sessions) {
                out.println(Show.f("%5d  %-16s  %8d  %8d  %4d  %-6s  %s", s.id(), Show.local(s.start(), a.zone()),
                        s.contacts(), s.landings(), s.sets().size(), s.status(), s.sourceName()));
            }
            out.println(Show.f("%d session(s), times in %s", sessions.size(), a.zone().getId()));
        }
        return ExitCodes.OK;
    }
}
