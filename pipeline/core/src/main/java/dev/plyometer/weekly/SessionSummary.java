package dev.plyometer.weekly;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the weekly report needs of one analysed session: no samples, no jumps, no database ids beyond {@code id}.
 * A history store, a batch job or a test builds these; the weekly logic never reads files or databases.
 *
 * @param athlete  the athlete's name
 * @param id       the session's id (the history's session number)
 * @param start    when the session started (the export's first sample)
 * @param contacts foot contacts counted
 * @param landings landings counted
 * @param status   {@code below}, {@code within} or {@code over}, as analysed against the level's session range
 * @param sets     the per-set breakdown, in order
 */
public record SessionSummary(String athlete, long id, Instant start, int contacts, int landings, String status,
                             List<SetBreakdown> sets) implements Serializable {
    public SessionSummary {
        Objects.requireNonNull(start, "start");
        sets = List.copyOf(sets);
    }
}
