package dev.plyometer.store;

import dev.plyometer.weekly.SessionSummary;
import dev.plyometer.weekly.SetBreakdown;

import java.time.Instant;
import java.util.List;

/**
 * A session in the history.
 *
 * @param id          the session number
 * @param athlete     the athlete's name
 * @param sha256      SHA-256 of the export's bytes; the copy is {@code sources/ab/<sha256>}
 * @param sourceName  the export's name as given at upload
 * @param sourceBytes the export's size
 * @param planSha256  SHA-256 of the plan used, or {@code null}
 * @param planName    the plan's name as given, or {@code null}
 * @param start       when the session started
 * @param startGiven  whether the start came from {@code upload --start} rather than the export
 * @param durationS   first to last sample
 * @param contacts    foot contacts
 * @param landings    landings
 * @param counted     the count in {@code unit}
 * @param status      {@code below}, {@code within} or {@code over}
 * @param level       the level it was analysed against
 * @param unit        the unit it was counted in
 * @param tool        the plyometer that analysed it
 * @param uploadedAt  when it was stored
 * @param analysedAt  when it was last analysed (upload or reanalyze)
 * @param sets        the per-set breakdown
 * @param reportJson  the {@code plyometer.session/1} report, or {@code null} when not loaded
 */
public record StoredSession(long id, String athlete, String sha256, String sourceName, long sourceBytes,
                            String planSha256, String planName, Instant start, boolean startGiven, double durationS,
                            int contacts, int landings, int counted, String status, String level, String unit,
                            String tool, String uploadedAt, String analysedAt, List<SetBreakdown> sets,
                            String reportJson) {
    public StoredSession {
        sets = List.copyOf(sets);
    }

    StoredSession withSets(List<SetBreakdown> s) {
        return new StoredSession(id, athlete, sha256, sourceName, sourceBytes, planSha256, planName, start, startGiven,
                durationS, contacts, landings, counted, status, level, unit, tool, uploadedAt, analysedAt, s,
                reportJson);
    }

    /** What the weekly report needs. */
    public SessionSummary summary() {
        return new SessionSummary(athlete, id, start, contacts, landings, status, sets);
    }
}
