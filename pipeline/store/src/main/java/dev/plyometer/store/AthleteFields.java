package dev.plyometer.store;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Settings to give a new athlete or to change; {@code null} means "not given" (a default for a new athlete, no
 * change for an existing one).
 */
public record AthleteFields(Level level, CountUnit unit, Double bodyMassKg, ZoneId zone, LocalDate strengthStart,
                            Integer sessionsPerWeek) {
    public static final AthleteFields NONE = new AthleteFields(null, null, null, null, null, null);

    public AthleteFields {
        if (bodyMassKg != null && !(bodyMassKg > 0 && bodyMassKg < 500)) {
            throw new IllegalArgumentException("--mass: expected a body mass in kg, found " + bodyMassKg);
        }
        if (sessionsPerWeek != null && (sessionsPerWeek < 0 || sessionsPerWeek > 14)) {
            throw new IllegalArgumentException("--sessions-per-week: expected 0 to 14, found " + sessionsPerWeek);
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
