package dev.plyometer.weekly;

import dev.plyometer.report.SessionReport;
import dev.plyometer.volume.SetSummary;

import java.time.Instant;
import java.util.List;

/** Builds the weekly view of a session straight from its report, for callers without a history (a batch job). */
public final class SessionSummaries {
    private SessionSummaries() {
    }

    /**
     * The weekly view of {@code report}: start, contacts, landings, status and the per-set breakdown, exactly as the
     * history stores them.
     *
     * @throws IllegalArgumentException when the report has no wall-clock start (a relative clock): it has no week
     */
    public static SessionSummary of(SessionReport report, String athlete, long id) {
        String start = report.source().start();
        if (start == null) {
            throw new IllegalArgumentException(report.source().file()
                    + ": the export's clock is relative (no date), so its week is unknown");
        }
        List<SetBreakdown> sets = report.sets().stream().map(SessionSummaries::set).toList();
        return new SessionSummary(athlete, id, Instant.parse(start), report.totals().contacts(),
                report.totals().landings(), report.volume().status(), sets);
    }

    /** The same summary under another id: a batch numbers an athlete's sessions once it has them all. */
    public static SessionSummary withId(SessionSummary s, long id) {
        return new SessionSummary(s.athlete(), id, s.start(), s.contacts(), s.landings(), s.status(), s.sets());
    }

    private static SetBreakdown set(SetSummary s) {
        return new SetBreakdown(s.set(), s.exercise(), s.intensity(), s.jumps(), s.contacts());
    }
}
