package dev.plyometer.store;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import dev.plyometer.weekly.AthleteSettings;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An athlete in the history.
 *
 * @param id              the database id
 * @param name            unique, compared without regard to case
 * @param level           training level: its session range applies to new and re-analysed sessions
 * @param unit            the unit volume is counted in
 * @param bodyMassKg      body mass for RFD in N/s, or {@code null}
 * @param zone            time zone: decides dates and ISO weeks
 * @param strengthStart   the date the strength program started, or {@code null}
 * @param sessionsPerWeek planned plyometric sessions per week, or {@code null}
 */
public record Athlete(long id, String name, Level level, CountUnit unit, Double bodyMassKg, ZoneId zone,
                      LocalDate strengthStart, Integer sessionsPerWeek) {

    /** What the weekly report needs of the athlete. */
    public AthleteSettings settings() {
        return new AthleteSettings(name, level, zone, strengthStart, sessionsPerWeek, unit);
    }
}
