package dev.plyometer.beam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plyometer.report.Json;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import dev.plyometer.weekly.AthleteSettings;
import org.apache.beam.sdk.io.FileSystems;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * The athletes' settings the weekly step applies: level, count unit, time zone, strength-program start, planned
 * sessions per week. Read once, on the machine that builds the pipeline, from a JSON file on any Beam filesystem:
 * an array of athletes, or an object with an {@code athletes} array (the history fixtures' {@code history.json}):
 * <pre>
 * [{"name": "ana", "level": "beginner", "unit": "foot-contacts", "timeZone": "Europe/Berlin",
 *   "strengthProgramStart": "2026-10-05", "sessionsPerWeek": 2}]
 * </pre>
 * Athletes not in the file get the pipeline's {@code --level}, {@code --count} and {@code --defaultTimeZone}.
 */
final class Athletes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TreeMap<String, AthleteSettings> known;
    private final Level level;
    private final CountUnit unit;
    private final ZoneId zone;

    Athletes(Map<String, AthleteSettings> known, Level level, CountUnit unit, ZoneId zone) {
        this.known = new TreeMap<>(known);
        this.level = level;
        this.unit = unit;
        this.zone = zone;
    }

    AthleteSettings of(String athlete) {
        AthleteSettings settings = known.get(athlete);
        return settings != null ? settings : new AthleteSettings(athlete, level, zone, null, null, unit);
    }

    static Athletes from(PlyometerOptions options) {
        Level level = Level.parse(options.getLevel());
        CountUnit unit = CountUnit.parse(options.getCount());
        ZoneId zone;
        try {
            zone = ZoneId.of(options.getDefaultTimeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--defaultTimeZone: expected a time zone such as Europe/Berlin, found \""
                    + options.getDefaultTimeZone() + "\"");
        }
        String file = options.getAthletes();
        return new Athletes(file == null || file.isEmpty() ? Map.of() : read(file, unit), level, unit, zone);
    }

    private static Map<String, AthleteSettings> read(String file, CountUnit defaultUnit) {
        JsonNode root;
        try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(file, false)))) {
            root = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the athletes: " + e.getMessage(), e);
        }
        JsonNode list = root.isArray() ? root : root.path("athletes");
        if (!list.isArray()) {
            throw new IllegalArgumentException(file + ": expected an array of athletes, or an object with one under "
                    + "\"athletes\"");
        }
        Map<String, AthleteSettings> out = new TreeMap<>();
        for (JsonNode a : list) {
            String name = a.path("name").asText("");
            if (name.isEmpty()) {
                throw new IllegalArgumentException(file + ": every athlete needs a \"name\"");
            }
            try {
                out.put(name, new AthleteSettings(name, Level.parse(a.path("level").asText("beginner")),
                        ZoneId.of(a.path("timeZone").asText("UTC")),
                        a.hasNonNull("strengthProgramStart") ? LocalDate.parse(a.get("strengthProgramStart").asText())
                                : null,
                        a.hasNonNull("sessionsPerWeek") ? a.get("sessionsPerWeek").asInt() : null,
                        a.hasNonNull("unit") ? CountUnit.parse(a.get("unit").asText()) : defaultUnit));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new IllegalArgumentException(file + ": athlete \"" + name + "\": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
