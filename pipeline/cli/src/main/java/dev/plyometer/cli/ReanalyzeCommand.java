package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.signal.EnvelopeRecorder;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.Reanalyzer;
import dev.plyometer.store.StoredSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code plyometer reanalyze}: run the kept exports through the current analysis again. */
@Command(name = "reanalyze",
        mixinStandardHelpOptions = true,
        description = {"Runs stored sessions' kept exports through the current analysis again: the current "
                + "thresholds, the athlete's current level, count unit and body mass, and the stance, exercise and "
                + "plan given at upload. Each session is replaced in its own transaction; the exports never change.",
                "Without --athlete or --session: every session of every athlete."},
        footer = {"", ExitCodes.HELP})
final class ReanalyzeCommand implements Callable<Integer> {
    @Option(names = "--athlete", paramLabel = "NAME", description = "only this athlete's sessions")
    String athleteName;

    @Option(names = "--session", paramLabel = "ID", description = "only this session")
    Long sessionId;

    @Option(names = "--json", description = "one JSON object per session, one per line")
    boolean json;

    @Mixin
    DataMixin data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int changed = 0;
        int rewritten = 0;
        int reportsFailed = 0;
        List<Long> ids;
        try (History h = data.open()) {
            if (sessionId != null) {
                StoredSession s = h.sessions().require(sessionId);
                if (athleteName != null && !h.athletes().require(athleteName).name().equals(s.athlete())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "session " + sessionId
                            + " is " + s.athlete() + "'s, not " + athleteName + "'s");
                }
                ids = List.of(sessionId);
            } else {
                ids = h.sessions().ids(athleteName == null ? null : h.athletes().require(athleteName));
            }
            for (long id : ids) {
                Athlete a = h.athletes().require(h.sessions().require(id).athlete());
                AnalysisOptions base = AnalysisOptions.DEFAULTS.withLevel(a.level()).withUnit(a.unit());
                if (a.bodyMassKg() != null) {
                    base = base.withBodyMassKg(a.bodyMassKg());
                }
                StoredSession before = h.sessions().require(id);
                Path dir = ReportsFolder.of(h, a.name());
                Path html = dir.resolve(ReportsFolder.name(before) + ".html");
                boolean hasReports = Files.exists(html);
                EnvelopeRecorder envelope = hasReports ? new EnvelopeRecorder() : null;
                Reanalyzer.Reanalysis ra = h.reanalyzer().reanalyze(id, base, envelope);
                Reanalyzer.Result r = ra.result();
                if (r.error() != null) {
                    failed++;
                    err.println("plyometer: error: " + r.error());
                } else if (r.reportChanged()) {
                    changed++;
                    if (hasReports) {
                        // the reports upload wrote beside the history are derived files: bring them up to date
                        try {
                            SessionFiles.write(dir, ReportsFolder.name(before), ra.report(), envelope.trace(),
                                    Instant.now());
                            rewritten++;
                        } catch (IOException | UncheckedIOException e) {
                            reportsFailed++;
                            err.println("plyometer: error: session " + id + " is reanalysed and stored, but its "
                                    + "reports in " + dir + " could not be rewritten: " + e.getMessage());
                        }
                    }
                }
                out.println(json ? Json.line(r) : r.error() != null ? Show.f("session %d %s: not reanalysed, kept "
                        + "as it was", r.id(), r.file()) : r.reportChanged()
                        ? Show.f("session %d %s: %d → %d %s, %s → %s", r.id(), r.file(), r.before(), r.after(),
                        r.unit(), r.statusBefore(), r.statusAfter())
                        : Show.f("session %d %s: %d %s, %s, unchanged", r.id(), r.file(), r.after(), r.unit(),
                        r.statusAfter()));
                out.flush();
            }
        }
        err.println(Show.f("plyometer: %d session(s) reanalysed, %d changed, %d failed%s", ids.size() - failed,
                changed, failed, rewritten == 0 ? "" : Show.f("; the reports of %d rewritten", rewritten)));
        return failed > 0 || reportsFailed > 0 ? ExitCodes.SOME_FILES_FAILED : ExitCodes.OK;
    }
}
