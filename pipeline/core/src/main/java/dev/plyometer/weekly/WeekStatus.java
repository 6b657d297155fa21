package dev.plyometer.weekly;

import java.util.List;

/**
 * A week's status against the level's <em>session</em> limit, decided as {@code plyometer check --week} decides it:
 * {@code over} when any session of the week was over the range; otherwise the status of its largest session
 * ({@code within} or {@code below}); {@code none} for a week without sessions. There is no weekly limit in the
 * guidance, so a week is judged by its sessions.
 */
public final class WeekStatus {
    /** The status of a week without sessions. */
    public static final String NONE = "none";

    private WeekStatus() {
    }

    public static String of(WeekSummary week) {
        SessionDetail deciding = deciding(week.sessionsDetail());
        return deciding == null ? NONE : deciding.status();
    }

    /**
     * The session that decides the week's status: the largest over the range, else the largest (the first of equals,
     * in time order); {@code null} for no sessions.
     */
    public static SessionDetail deciding(List<SessionDetail> sessions) {
        SessionDetail best = null;
        for (SessionDetail s : sessions) {
            if (best == null || rank(s, best) > 0) {
                best = s;
            }
        }
        return best;
    }

    private static int rank(SessionDetail a, SessionDetail b) {
        boolean overA = "over".equals(a.status());
        boolean overB = "over".equals(b.status());
        return overA != overB ? (overA ? 1 : -1) : Integer.compare(a.counted(), b.counted());
    }
}
