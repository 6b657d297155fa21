package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code plyometer sessions delete ID}. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Deletes a stored session and its sets, in one transaction, then the reports upload wrote for it "
                + "in the data folder's reports/ATHLETE/ (not those written with upload --out).",
                "The kept copy of its export stays in the data folder until plyometer sessions clean removes it."},
        footer = {"", ExitCodes.HELP})
final class SessionsDeleteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the session number")
    long id;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "the deleted session as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (History h = data.open()) {
            StoredSession s = h.sessions().delete(id);
            Athlete a = h.athletes().require(s.athlete());
            spec.commandLine().getOut().println(json ? Json.line(SessionView.of(s, a.zone()))
                    : Show.f("deleted session %d of %s (%s, %s)", s.id(), s.athlete(), s.sourceName(),
                    Show.local(s.start(), a.zone())));
            Path reports = ReportsFolder.of(h, a.name());
            try {
                int removed = ReportsFolder.remove(reports, s);
                if (removed > 0) {
                    spec.commandLine().getErr().println("plyometer: removed its " + removed + " report file(s) from "
                            + reports);
                }
            } catch (IOException e) {
                spec.commandLine().getErr().println("plyometer: warning: session " + s.id() + " is deleted, but its "
                        + "reports in " + reports + " could not be removed: " + UploadCommand.why(e));
            }
        }
        return ExitCodes.OK;
    }
}
