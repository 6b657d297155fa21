package dev.plyometer.cli;

import dev.plyometer.store.AthleteFields;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.ZoneId;

/** An athlete's settings, for {@code athlete add} and {@code athlete set}. */
final class AthleteFieldsMixin {
    @Option(names = "--level", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "beginner (80-100 per session; the default for a new athlete), intermediate (100-120) or "
                    + "advanced (120-140)")
    Level level;

    @Option(names = "--count", paramLabel = "UNIT", converter = Converters.UnitConverter.class,
            description = "foot-contacts (default: 2 per two-foot landing) or landings (the NSCA convention)")
    CountUnit unit;

    @Option(names = "--mass", paramLabel = "KG", description = "body mass, to report RFD in N/s")
    Double massKg;

    @Option(names = "--zone", paramLabel = "ZONE", converter = HistoryConverters.ZoneConverter.class,
            description = "time zone that decides dates and ISO weeks, e.g. Europe/Berlin; default for a new "
                    + "athlete: this computer's zone")
    ZoneId zone;

    @Option(names = "--strength-start", paramLabel = "DATE", converter = HistoryConverters.DateConverter.class,
            description = "the date the strength program started (YYYY-MM-DD), to check the weeks of strength work "
                    + "before high-intensity plyometrics")
    LocalDate strengthStart;

    @Option(names = "--sessions-per-week", paramLabel = "N", description = "planned plyometric sessions per week")
    Integer sessionsPerWeek;

    AthleteFields fields() {
        return new AthleteFields(level, unit, massKg, zone, strengthStart, sessionsPerWeek);
    }
}
