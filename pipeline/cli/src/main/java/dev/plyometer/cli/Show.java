package dev.plyometer.cli;

import dev.plyometer.store.Athlete;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the history commands write times and athletes for people. */
final class Show {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private Show() {
    }

    /** {@code 2026-11-16 18:30} in the zone. */
    static String local(Instant t, ZoneId zone) {
        return MINUTES.format(t.atZone(zone));
    }

    /** {@code 2026-11-16T18:30:00+01:00}: ISO-8601 with the zone's offset. */
    static String iso(Instant t, ZoneId zone) {
        return ISO.format(t.atZone(zone));
    }

    static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** {@code beginner, foot-contacts, Europe/Berlin, …}: one line of an athlete's settings. */
    static String settings(Athlete a) {
        StringBuilder s = new StringBuilder();
        s.append(f("level %s (%d–%d %s per session), time zone %s", a.level().label(), a.level().min(),
                a.level().max(), a.unit().label(), a.zone().getId()));
        if (a.bodyMassKg() != null) {
            s.append(f(", %.1f kg", a.bodyMassKg()));
        }
        if (a.strengthStart() != null) {
            s.append(", strength program since ").append(a.strengthStart());
        }
        if (a.sessionsPerWeek() != null) {
            s.append(f(", %d session(s) a week planned", a.sessionsPerWeek()));
        }
        return s.toString();
    }
}
