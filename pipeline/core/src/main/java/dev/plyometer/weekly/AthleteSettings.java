package dev.plyometer.weekly;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The athlete's settings the weekly report applies.
 *
 * @param name                   the athlete's name
 * @param level                  training level: its session range is the context for each session
 * @param zone                   the athlete's time zone: it decides dates and ISO weeks
 * @param strengthStart          the date the strength program started, or {@code null} when not known (then the
 *                               strength-base check is not made, and the report says so)
 * @param plannedSessionsPerWeek planned plyometric sessions per week, or {@code null} when not set
 * @param unit                   the unit volume is counted in
 */
public record AthleteSettings(String name, Level level, ZoneId zone, LocalDate strengthStart,
                              Integer plannedSessionsPerWeek, CountUnit unit) implements Serializable {
    public AthleteSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(unit, "unit");
    }

    /** The count in this athlete's unit. */
    public int counted(int contacts, int landings) {
        return unit == CountUnit.FOOT_CONTACTS ? contacts : landings;
    }
}
