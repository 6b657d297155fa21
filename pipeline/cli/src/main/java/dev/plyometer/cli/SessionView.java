package dev.plyometer.cli;

import dev.plyometer.store.StoredSession;
import dev.plyometer.weekly.SetBreakdown;

import java.time.ZoneId;
import java.util.List;

/**
 * A stored session as {@code sessions list --json} prints it.
 *
 * @param start the start in the athlete's zone, ISO-8601 with offset
 */
record SessionView(long id, String athlete, String start, String file, String sha256, double durationS, int contacts,
                   int landings, int counted, String unit, String status, String level, List<SetBreakdown> sets,
                   String tool, String uploadedAt, String analysedAt) {

    static SessionView of(StoredSession s, ZoneId zone) {
        return new SessionView(s.id(), s.athlete(), Show.iso(s.start(), zone), s.sourceName(), s.sha256(),
                s.durationS(), s.contacts(), s.landings(), s.counted(), s.unit(), s.status(), s.level(), s.sets(),
                s.tool(), s.uploadedAt(), s.analysedAt());
    }
}
