package dev.plyometer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.AnalysisInput;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;

import java.time.Instant;
import java.util.List;

/**
 * Runs a stored session's kept export through the current analysis again (current thresholds, the athlete's current
 * level, unit and body mass, the stance, exercise and plan given at upload) and replaces the stored analysis in one
 * transaction. The export itself never changes.
 */
public final class Reanalyzer {
    private final History history;

    Reanalyzer(History history) {
        this.history = history;
    }

    /**
     * What reanalysis did to one session.
     *
     * @param id            the session
     * @param file          its export's name as uploaded
     * @param before        counted before
     * @param statusBefore  status before
     * @param after         counted after
     * @param statusAfter   status after
     * @param unit          the unit of {@code after}
     * @param reportChanged whether the stored report changed at all
     * @param error         why it could not be reanalysed (the session is then as it was), or {@code null}
     */
    public record Result(long id, String file, int before, String statusBefore, int after, String statusAfter,
                         String unit, boolean reportChanged, String error) {
    }

    public Result reanalyze(long id, AnalysisOptions base) {
        return reanalyze(id, base, null).result();
    }

    /** A reanalysis and the fresh report, for writing report files; {@code report} is null when it failed. */
    public record Reanalysis(Result result, SessionReport report) {
    }

    /**
     * As {@link #reanalyze(long, AnalysisOptions)}, and {@code alsoListening} (when not {@code null}) receives the
     * signal during the analysis, in the same pass: an {@link dev.plyometer.signal.EnvelopeRecorder} for the HTML
     * report's plot, say.
     */
    public Reanalysis reanalyze(long id, AnalysisOptions base, dev.plyometer.signal.SignalListener alsoListening) {
        StoredSession s = history.sessions().require(id);
        SourceStore sources = history.sources();
        if (!sources.intact(s.sha256())) {
            return new Reanalysis(failed(s, s.sourceName() + ": the kept copy " + sources.path(s.sha256())
                    + " is missing or no longer has the uploaded bytes; the stored analysis is unchanged"), null);
        }
        if (s.planSha256() != null && !sources.intact(s.planSha256())) {
            return new Reanalysis(failed(s, s.planName() + ": the kept copy of the plan "
                    + sources.path(s.planSha256()) + " is missing or damaged; the stored analysis is unchanged"), null);
        }
        SourceOptions options;
        try {
            options = Json.mapper().readValue(history.sessions().column(id, "options_json"), SourceOptions.class);
        } catch (JsonProcessingException e) {
            return new Reanalysis(failed(s, "session " + id + ": its stored options cannot be read: "
                    + e.getOriginalMessage()), null);
        }
        AnalysisOptions o = options.applyTo(base);
        if (s.planSha256() != null) {
            o = o.withPlan(sources.path(s.planSha256()));
        }
        SessionReport report;
        try {
            report = new SessionAnalyzer(o).analyze(sources.path(s.sha256()), s.sourceName(), alsoListening);
            if (s.planSha256() != null) {
                report = withPlanName(report, o.planFile().toString(), s.planName());
            }
        } catch (ImportException | AnalysisException e) {
            return new Reanalysis(failed(s, e.getMessage()), null);
        }
        SessionReport fresh = report;
        Instant start = s.startGiven() || report.source().start() == null ? s.start()
                : Instant.parse(report.source().start());
        String json = Json.line(report);
        boolean changed = !json.equals(history.sessions().require(id).reportJson()) || !start.equals(s.start());
        if (changed) {
            history.write(c -> {
                history.sessions().replaceAnalysis(c, id, fresh, start);
                return null;
            });
        }
        return new Reanalysis(new Result(id, s.sourceName(), s.counted(), s.status(), report.volume().counted(),
                report.volume().status(), report.volume().unit(), changed, null), report);
    }

    /**
     * The kept copy of the plan has the same bytes as the plan given at upload (its SHA-256 says so), so the report
     * names the plan as the user knows it, and an unchanged session gives an unchanged report.
     */
    static SessionReport withPlanName(SessionReport r, String keptPath, String originalName) {
        AnalysisInput in = r.input();
        AnalysisInput named = new AnalysisInput(in.level(), in.unit(), in.stance(), in.exercise(), originalName,
                in.bodyMassKg());
        List<String> warnings = r.warnings().stream().map(w -> w.replace(keptPath, originalName)).toList();
        return new SessionReport(r.schema(), r.tool(), r.source(), r.totals(), r.volume(), r.sets(), r.jumps(),
                r.quality(), named, warnings, r.config());
    }

    private static Result failed(StoredSession s, String message) {
        return new Result(s.id(), s.sourceName(), s.counted(), s.status(), s.counted(), s.status(), s.unit(), false,
                message);
    }
}
