package dev.plyometer.weekly;

import java.io.Serializable;
import java.util.List;

/**
 * One session in a week of the report.
 *
 * @param id                 the session's id
 * @param start              start in the athlete's time zone, ISO-8601 with offset ({@code 2026-11-16T18:30:00+01:00})
 * @param date               the local date ({@code 2026-11-16})
 * @param contacts           foot contacts
 * @param landings           landings
 * @param counted            the count in the athlete's unit
 * @param status             {@code below}, {@code within} or {@code over} the level's session range
 * @param hoursSincePrevious hours since the previous session started (start to start, real elapsed time, so a
 *                           daylight-saving change does not bend it); {@code null} for the first session stored
 *                           and for sessions without contacts, which neither need nor end a recovery
 * @param intensity          foot contacts by intensity
 * @param sets               the per-set breakdown
 * @param flags              {@code short-recovery}, {@code high-intensity-before-strength-base}
 */
public record SessionDetail(long id, String start, String date, int contacts, int landings, int counted,
                            String status, Double hoursSincePrevious, IntensityMix intensity, List<SetBreakdown> sets,
                            List<String> flags) implements Serializable {
    public SessionDetail {
        sets = List.copyOf(sets);
        flags = List.copyOf(flags);
    }
}
