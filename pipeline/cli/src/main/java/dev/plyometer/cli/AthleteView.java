package dev.plyometer.cli;

import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;

import java.util.List;

/**
 * An athlete as {@code athlete show|list --json} print it.
 *
 * @param firstSession the first session's start in the athlete's zone, or {@code null}
 * @param lastSession  the last session's start in the athlete's zone, or {@code null}
 */
record AthleteView(String name, String level, String unit, int sessionMin, int sessionMax, String timeZone,
                   Double bodyMassKg, String strengthProgramStart, Integer sessionsPerWeek, int sessions,
                   String firstSession, String lastSession) {

    static AthleteView of(Athlete a, History h) {
        List<StoredSession> s = h.sessions().list(a);
        return new AthleteView(a.name(), a.level().label(), a.unit().label(), a.level().min(), a.level().max(),
                a.zone().getId(), a.bodyMassKg(), a.strengthStart() == null ? null : a.strengthStart().toString(),
                a.sessionsPerWeek(), s.size(), s.isEmpty() ? null : Show.iso(s.get(0).start(), a.zone()),
                s.isEmpty() ? null : Show.iso(s.get(s.size() - 1).start(), a.zone()));
    }
}
