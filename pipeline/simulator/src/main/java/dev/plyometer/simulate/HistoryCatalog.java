package dev.plyometer.simulate;

import dev.plyometer.report.Json;
import dev.plyometer.volume.Exercise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.plyometer.volume.Exercise.BOUND;
import static dev.plyometer.volume.Exercise.BOX_JUMP;
import static dev.plyometer.volume.Exercise.COUNTERMOVEMENT_JUMP;
import static dev.plyometer.volume.Exercise.DEPTH_JUMP;
import static dev.plyometer.volume.Exercise.POGO;
import static dev.plyometer.volume.Exercise.ROPE_SKIP;
import static dev.plyometer.volume.Exercise.SINGLE_LEG_HOP;
import static dev.plyometer.volume.Exercise.SQUAT_JUMP;

/**
 * A small multi-week history ({@code fixtures/history/}): four ISO weeks (2026-W43 to W46) of sessions for two
 * athletes in two time zones, for the weekly report and the limit check. Sessions are short (rests of about 40 s) and
 * sampled at 50 Hz at the waist, to keep the folder small. The calendar is chosen to cover what is easy to get wrong:
 * a session just after midnight on a Monday in Berlin (still Sunday in UTC), a Sunday-night session in New York (already
 * Monday in UTC), both autumn clock changes (Berlin 25 October, New York 1 November), two sessions exactly 48 real
 * hours apart across a clock change, one under 48 hours, sessions below, within and over each level's range, and
 * high-intensity contacts before and after the strength base. {@code history.json} lists every session with its
 * truth (the same kind of numbers as a {@code NAME.truth.json}, which these sessions do not have, so that
 * {@code plyometer validate fixtures} keeps validating the catalogue only).
 * <p>
 * This set tests the history's arithmetic, so every session in it is one the detector counts exactly; the tests check
 * that. One seed was replaced for that reason, and the finding is kept here rather than hidden: the first session's
 * natural seed, 2001, and the next one tried, 2021, each gave a rope skip of about 0.15 s flight that the detector
 * missed at 50 Hz at the waist (80 of 82 and 78 of 82 foot contacts); 2031 missed one too; 2041 is exact. Short rope
 * skips near {@code minFlightS} at 50 Hz are a known weak spot of the current thresholds, which the committed
 * fixtures (rope skips at 200 Hz) do not show.
 */
public final class HistoryCatalog {
    /** Where the history lives, relative to the repository root. */
    public static final String DEFAULT_DIR = "fixtures/history";
    public static final String MANIFEST = "history.json";

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private HistoryCatalog() {
    }

    /** An athlete of the history, as {@code plyometer athlete add} would be told. */
    public record Athlete(String name, String level, String unit, String timeZone, String strengthProgramStart,
                          int sessionsPerWeek) {
    }

    /** One session: what the athlete did, when (local time), with which seed. */
    record Planned(String athlete, String localStart, long seed, Scenario scenario) {
    }

    /**
     * One written session and its truth.
     *
     * @param file       the export, relative to the history folder
     * @param plan       its plan file
     * @param start      the first sample, ISO-8601 UTC
     * @param localStart the same instant in the athlete's zone, with the offset
     * @param week       the ISO week in the athlete's zone
     * @param jumps      true landings
     * @param contacts   true foot contacts
     * @param landings   true landings
     * @param sets       true sets
     */
    public record Session(String athlete, String file, String plan, String start, String localStart, String week,
                          long seed, int jumps, int contacts, int landings, int sets) {
    }

    /** {@code history.json}. */
    public record Manifest(String description, List<Athlete> athletes, List<Session> sessions) {
    }

    public static List<Athlete> athletes() {
        return List.of(
                new Athlete("ana", "beginner", "foot-contacts", "Europe/Berlin", "2026-10-05", 2),
                new Athlete("ben", "intermediate", "foot-contacts", "America/New_York", "2026-06-01", 3));
    }

    static List<Planned> sessions() {
        List<Planned> s = new ArrayList<>();
        // ana, Europe/Berlin: summer time ends on Sunday 25 October; strength base in place from 2 November
        s.add(new Planned("ana", "2026-10-20T18:30", 2041, session(ROPE_SKIP, 30, SQUAT_JUMP, 8, SINGLE_LEG_HOP, 6)));
        s.add(new Planned("ana", "2026-10-23T18:30", 2002, session(ROPE_SKIP, 25, POGO, 15)));
        s.add(new Planned("ana", "2026-10-26T00:20", 2003, session(ROPE_SKIP, 30, SQUAT_JUMP, 10)));
        s.add(new Planned("ana", "2026-10-28T18:30", 2004, session(ROPE_SKIP, 35, SQUAT_JUMP, 8, BOUND, 5)));
        s.add(new Planned("ana", "2026-10-29T18:00", 2005, session(ROPE_SKIP, 20, SQUAT_JUMP, 6)));
        s.add(new Planned("ana", "2026-11-03T18:30", 2006, session(ROPE_SKIP, 40, DEPTH_JUMP, 4, SINGLE_LEG_HOP, 8)));
        s.add(new Planned("ana", "2026-11-06T18:30", 2007, session(ROPE_SKIP, 30, SQUAT_JUMP, 10)));
        s.add(new Planned("ana", "2026-11-10T18:30", 2008, session(ROPE_SKIP, 35, BOX_JUMP, 5, BOUND, 6)));
        // ben, America/New_York: daylight saving time ends on Sunday 1 November
        s.add(new Planned("ben", "2026-10-19T07:00", 2011, session(ROPE_SKIP, 40, SQUAT_JUMP, 12)));
        s.add(new Planned("ben", "2026-10-21T07:00", 2012,
                session(ROPE_SKIP, 30, COUNTERMOVEMENT_JUMP, 10, SINGLE_LEG_HOP, 10)));
        s.add(new Planned("ben", "2026-10-24T09:00", 2013, session(ROPE_SKIP, 45, SQUAT_JUMP, 10, BOUND, 8)));
        s.add(new Planned("ben", "2026-10-31T18:00", 2014, session(ROPE_SKIP, 50, SQUAT_JUMP, 12)));
        s.add(new Planned("ben", "2026-11-02T17:00", 2015, session(ROPE_SKIP, 40, DEPTH_JUMP, 5)));
        s.add(new Planned("ben", "2026-11-08T23:30", 2016, session(ROPE_SKIP, 30, POGO, 20, SINGLE_LEG_HOP, 6)));
        return List.copyOf(s);
    }

    /** A short session: stand, a few steps, then the sets with about 40 s of rest between them. */
    private static Scenario session(Object... exerciseAndReps) {
        return b -> {
            b.stand(6).walk(6).stand(4);
            for (int i = 0; i < exerciseAndReps.length; i += 2) {
                if (i > 0) {
                    b.rest(40);
                }
                b.set((Exercise) exerciseAndReps[i], (Integer) exerciseAndReps[i + 1]);
            }
            b.stand(4);
        };
    }

    /** Writes the history's exports, plans and {@code history.json} into {@code dir}. */
    public static Manifest writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Session> out = new ArrayList<>();
        for (Planned p : sessions()) {
            Athlete athlete = athletes().stream().filter(a -> a.name().equals(p.athlete())).findFirst().orElseThrow();
            ZonedDateTime local = LocalDateTime.parse(p.localStart()).atZone(ZoneId.of(athlete.timeZone()));
            Instant start = local.toInstant();
            String name = p.athlete() + "-" + NAME_TIME.format(local);
            FixtureSpec spec = new FixtureSpec(name, p.seed(), "history session of " + p.athlete(), Location.WAIST, 50,
                    SensorSpec.typical(16), ExportFormat.of(TimeEncoding.EPOCH_MS, Units.G), Imperfections.NONE,
                    start, p.scenario());
            FixtureSummary written = SessionExport.write(spec, dir, false);
            String week = String.format(Locale.ROOT, "%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR),
                    local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            out.add(new Session(p.athlete(), spec.exportFile(), written.plan(), start.toString(), LOCAL.format(local),
                    week, p.seed(), written.jumps(), written.contacts(), written.jumps(), written.sets()));
        }
        Manifest manifest = new Manifest("Four weeks of short plyometric sessions for two athletes in two time zones,"
                + " simulated at 50 Hz at the waist; every session's truth, start and ISO week in the athlete's zone.",
                athletes(), out);
        Files.writeString(dir.resolve(MANIFEST), Json.pretty(manifest), StandardCharsets.UTF_8);
        return manifest;
    }

    public static Manifest read(Path dir) throws IOException {
        return Json.mapper().readValue(dir.resolve(MANIFEST).toFile(), Manifest.class);
    }

    /** Regenerates the history: {@code HistoryCatalog [DIR]}, default {@value #DEFAULT_DIR}. */
    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : DEFAULT_DIR));
    }
}
