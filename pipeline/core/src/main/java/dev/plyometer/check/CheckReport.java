package dev.plyometer.check;

import dev.plyometer.report.Version;

import java.util.List;

/**
 * The answer of {@code plyometer check} as a JSON contract (schema {@value #SCHEMA}): did jump volume stay under the
 * limit? For a week, each session is checked against the per-session range; the week's status is the worst of them,
 * and the top-level numbers are those of the session that decides it.
 *
 * @param schema       {@value #SCHEMA}
 * @param tool         {@code plyometer 0.1.0}
 * @param scope        {@code session}, {@code week} or {@code file}
 * @param athlete      the athlete, or {@code null} for a file checked without the history
 * @param session      the deciding session's id, or {@code null} for a file
 * @param week         the ISO week for scope {@code week}, else {@code null}
 * @param file         the export checked (for scope {@code file}) or the deciding session's export
 * @param start        the deciding session's start (ISO-8601 with offset in the athlete's zone, or UTC), or
 *                     {@code null} when the export's clock is relative
 * @param status       {@code below}, {@code within} or {@code over}
 * @param counted      the count in {@code unit}
 * @param min          lower bound of the level's session range
 * @param max          the limit: upper bound of the level's session range
 * @param unit         {@code foot-contacts} or {@code landings}
 * @param level        the level whose range applies
 * @param footContacts foot contacts counted
 * @param landings     landings counted
 * @param certain      whether the uncertainty band lies wholly on the count's side of the limit
 * @param band         the plausible true count, from the detector's measured precision and recall
 * @param sessions     for scope {@code week}: every session of the week; else empty
 */
public record CheckReport(String schema, String tool, String scope, String athlete, Long session, String week,
                          String file, String start, String status, int counted, int min, int max, String unit,
                          String level, int footContacts, int landings, boolean certain, Band band,
                          List<SessionCheck> sessions) {

    public static final String SCHEMA = "plyometer.check/1";

    public CheckReport {
        sessions = List.copyOf(sessions);
    }

    /**
     * @param low        lowest plausible true count
     * @param high       highest plausible true count
     * @param confidence confidence level of each precision and recall bound
     * @param precision  the detector's precision with its bounds
     * @param recall     the detector's recall with its bounds
     * @param measuredOn the validation run the precision and recall come from
     */
    public record Band(double low, double high, double confidence, Proportion precision, Proportion recall,
                       String measuredOn) {
    }

    /** One session of a checked week. */
    public record SessionCheck(long session, String start, String file, String status, int counted, boolean certain,
                               double low, double high) {
    }

    public static CheckReport of(String scope, String athlete, Long session, String week, String file, String start,
                                 LimitCheck c, DetectorAccuracy accuracy, List<SessionCheck> sessions) {
        CountBand b = c.band();
        return new CheckReport(SCHEMA, Version.TOOL, scope, athlete, session, week, file, start, c.status(),
                c.counted(), c.min(), c.max(), c.unit(), c.level(), c.footContacts(), c.landings(), c.certain(),
                new Band(b.low(), b.high(), b.confidence(), b.precision(), b.recall(), accuracy.measuredOn()),
                sessions);
    }

    public boolean over() {
        return "over".equals(status);
    }
}
