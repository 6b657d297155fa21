package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static dev.plyometer.volume.Exercise.BOUND;
import static dev.plyometer.volume.Exercise.BOX_JUMP;
import static dev.plyometer.volume.Exercise.COUNTERMOVEMENT_JUMP;
import static dev.plyometer.volume.Exercise.DEPTH_JUMP;
import static dev.plyometer.volume.Exercise.POGO;
import static dev.plyometer.volume.Exercise.ROPE_SKIP;
import static dev.plyometer.volume.Exercise.SINGLE_LEG_HOP;
import static dev.plyometer.volume.Exercise.SQUAT_JUMP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The committed fixture sessions ({@code fixtures/sessions/}): each one's seed, scenario, sensor and export format.
 * Changing anything here changes the committed files; regenerate them with {@link #writeAll(Path)} and commit both.
 * A test checks that the committed files are exactly what this catalogue writes.
 */
public final class FixtureCatalog {
    /** Where the fixtures live, relative to the repository root. */
    public static final String DEFAULT_DIR = "fixtures/sessions";

    private FixtureCatalog() {
    }

    /** The catalogue, in the order the fixture table lists it. */
    public static List<FixtureSpec> fixtures() {
        List<FixtureSpec> f = new ArrayList<>();
        f.add(spec("squat-jumps-waist-100hz", 1001,
                "Jog warm-up, then 3 sets of 5 squat jumps with 2-3 min rests",
                Location.WAIST, 100, SensorSpec.typical(16), ExportFormat.of(TimeEncoding.EPOCH_MS, Units.G),
                "2026-11-02T07:30:00Z",
                b -> b.stand(8).jog(90).walk(16).stand(10).sets(SQUAT_JUMP, 3, 5, 120, 180).stand(5)));
        f.add(spec("box-jumps-waist-50hz", 1002,
                "3 sets of 4 box jumps, each followed by a step-down from the box (not a contact)",
                Location.WAIST, 50, SensorSpec.typical(8).withNoise(0.02),
                ExportFormat.of(TimeEncoding.ISO_UTC, Units.M_S2).withAxes("ax (m/s^2)", "ay (m/s^2)", "az (m/s^2)"),
                "2026-11-03T18:05:00Z",
                b -> b.stand(8).walk(10).stand(5).sets(BOX_JUMP, 3, 4, 120, 180).stand(5)));
        f.add(spec("rope-skip-ankle-200hz", 1003,
                "3 sets of 40 rope skips at the ankle; impacts clip the +-16 g range",
                Location.ANKLE, 200, SensorSpec.typical(16).withOrientation(Orientation.WORN).withNoise(0.03),
                ExportFormat.of(TimeEncoding.EPOCH_S, Units.G).withAxes("x_g", "y_g", "z_g"),
                "2026-11-04T06:45:00Z",
                b -> b.stand(8).walk(12).stand(5).sets(ROPE_SKIP, 3, 40, 120, 150).stand(5)));
        f.add(spec("single-leg-hops-waist-100hz", 1004,
                "3 sets of 6 single-leg hops in place",
                Location.WAIST, 100, SensorSpec.typical(16), ExportFormat.of(TimeEncoding.EPOCH_NS, Units.MILLI_G),
                "2026-11-05T17:20:00Z",
                b -> b.stand(8).walk(10).stand(5).sets(SINGLE_LEG_HOP, 3, 6, 120, 180).stand(5)));
        f.add(spec("depth-jumps-waist-200hz", 1005,
                "3 sets of 4 depth jumps, two landings each; drop landings clip the +-8 g range",
                Location.WAIST, 200, SensorSpec.typical(8).withOrientation(Orientation.WORN),
                ExportFormat.of(TimeEncoding.ISO_LOCAL, Units.G).withAxes("ax", "ay", "az"),
                "2026-11-06T16:00:00Z",
                b -> b.stand(8).walk(8).stand(4).sets(DEPTH_JUMP, 3, 4, 120, 180).stand(5)));
        f.add(spec("mixed-wrist-50hz", 1006,
                "Rope skips, squat jumps and single-leg hops at the wrist",
                Location.WRIST, 50, SensorSpec.typical(8).withNoise(0.02),
                ExportFormat.of(TimeEncoding.SECONDS_SINCE_START, Units.G),
                "2026-11-09T07:10:00Z",
                b -> b.stand(8).walk(12).stand(5).set(ROPE_SKIP, 30).rest(135).set(SQUAT_JUMP, 5).rest(150)
                        .set(SINGLE_LEG_HOP, 6).stand(5)));
        f.add(spec("mixed-waist-25hz", 1007,
                "Countermovement jumps, pogo, bounds and box jumps at a watch-like 25 Hz",
                Location.WAIST, 25, SensorSpec.typical(8).withNoise(0.02),
                ExportFormat.of(TimeEncoding.EPOCH_MS, Units.M_S2),
                "2026-11-10T18:30:00Z",
                b -> b.stand(8).walk(10).stand(5).set(COUNTERMOVEMENT_JUMP, 5).rest(140).set(POGO, 20).rest(130)
                        .set(BOUND, 6).rest(150).set(BOX_JUMP, 4).stand(5)));
        f.add(spec("locomotion-waist-100hz", 1008,
                "Walking, jogging and fast strides only: no plyometric contacts",
                Location.WAIST, 100, SensorSpec.typical(8),
                ExportFormat.of(TimeEncoding.EPOCH_MS, Units.G).withAxes("ax", "ay", "az"),
                "2026-11-11T12:00:00Z",
                b -> b.stand(8).walk(60).jog(120).walk(20).strides(15).walk(30).strides(15).walk(30).strides(15)
                        .walk(20).stand(5)));
        f.add(spec("jog-strides-ankle-50hz", 1009,
                "Jogging and fast strides only, at the ankle: no plyometric contacts",
                Location.ANKLE, 50, SensorSpec.typical(16).withNoise(0.025),
                ExportFormat.of(TimeEncoding.ISO_UTC, Units.MILLI_G).withAxes("x [mg]", "y [mg]", "z [mg]"),
                "2026-11-12T06:30:00Z",
                b -> b.stand(8).walk(20).jog(150).walk(20).strides(15).walk(30).strides(15).walk(20).stand(5)));
        f.add(spec("arm-swings-wrist-100hz", 1010,
                "Arm swings while standing (4 bouts) and one set of 5 squat jumps, at the wrist",
                Location.WRIST, 100, SensorSpec.typical(8),
                ExportFormat.of(TimeEncoding.EPOCH_S, Units.G),
                "2026-11-13T17:45:00Z",
                b -> b.stand(8).armSwings(12).stand(20).armSwings(10).stand(30).armSwings(15).stand(60)
                        .set(SQUAT_JUMP, 5).stand(10).armSwings(8).stand(5)));
        f.add(new FixtureSpec("imperfect-export-waist-100hz", 1011,
                "2 sets of 5 countermovement jumps; the export has gaps, duplicate rows, jittered and swapped rows",
                Location.WAIST, 100, SensorSpec.typical(16).withNoise(0.01),
                ExportFormat.of(TimeEncoding.EPOCH_MS, Units.G), new Imperfections(3, 4, 1.5, 2),
                Instant.parse("2026-11-16T07:00:00Z"),
                b -> b.stand(8).walk(10).stand(5).sets(COUNTERMOVEMENT_JUMP, 2, 5, 120, 150).stand(5).walk(10)
                        .stand(5)));
        f.add(spec("short-rests-single-leg-waist-100hz", 1012,
                "4 high-intensity single-leg sets (hops, bounds) with rests of under a minute",
                Location.WAIST, 100, SensorSpec.typical(16),
                ExportFormat.of(TimeEncoding.SECONDS_SINCE_START, Units.M_S2)
                        .withAxes("x (m/s^2)", "y (m/s^2)", "z (m/s^2)"),
                "2026-11-17T18:00:00Z",
                b -> b.stand(8).walk(10).stand(5).set(SINGLE_LEG_HOP, 6).rest(35).set(BOUND, 5).rest(40)
                        .set(SINGLE_LEG_HOP, 6).rest(30).set(BOUND, 5).stand(5)));
        f.add(spec("semicolon-milli-g-waist-100hz", 1013,
                "Squat jumps and pogo; semicolon delimiter, decimal comma, milli-g not stated in the header",
                Location.WAIST, 100, SensorSpec.typical(16),
                ExportFormat.of(TimeEncoding.EPOCH_MS, Units.MILLI_G).withSemicolonAndDecimalComma(),
                "2026-11-18T07:15:00Z",
                b -> b.stand(8).walk(10).stand(5).set(SQUAT_JUMP, 5).rest(130).set(POGO, 15).rest(140)
                        .set(SQUAT_JUMP, 5).stand(5)));
        // FIT and FIT-derived exports: watch-like 25 Hz or VIRB-like 100 Hz, one format each
        f.add(fit("fit-squat-jumps-waist-100hz", 1014,
                "2 sets of 4 squat jumps; VIRB-like FIT: raw counts, system time, compressed timestamps",
                100, new FitExport(FitExport.Container.FIT, FitExport.Values.RAW, 30, true, true),
                "2026-11-19T07:00:00Z", b -> b.stand(8).walk(10).stand(5).sets(SQUAT_JUMP, 2, 4, 120, 150).stand(5)));
        f.add(fit("garmin-sdk-json-cmj-waist-25hz", 1015,
                "2 sets of 5 countermovement jumps; Garmin FIT SDK JSON, calibrated g",
                25, FitExport.of(FitExport.Container.GARMIN_SDK_JSON, FitExport.Values.CALIBRATED),
                "2026-11-20T17:30:00Z",
                b -> b.stand(8).walk(10).stand(5).sets(COUNTERMOVEMENT_JUMP, 2, 5, 120, 150).stand(5)));
        f.add(fit("fit-file-parser-json-squat-jumps-waist-25hz", 1016,
                "2 sets of 4 squat jumps; fit-file-parser JSON, compressed milli-g",
                25, FitExport.of(FitExport.Container.FIT_FILE_PARSER_JSON, FitExport.Values.COMPRESSED),
                "2026-11-21T08:15:00Z", b -> b.stand(8).walk(10).stand(5).sets(SQUAT_JUMP, 2, 4, 120, 150).stand(5)));
        f.add(fit("fitparse-json-cmj-waist-25hz", 1017,
                "One set of 6 countermovement jumps; fitparse fitdump JSON, raw counts + calibration",
                25, FitExport.of(FitExport.Container.FITPARSE_JSON, FitExport.Values.RAW),
                "2026-11-22T09:00:00Z", b -> b.stand(8).walk(10).stand(5).set(COUNTERMOVEMENT_JUMP, 6).stand(5)));
        f.add(fit("fitdecode-json-squat-jumps-waist-25hz", 1018,
                "One set of 5 squat jumps; fitdecode fitjson JSON, calibrated g",
                25, FitExport.of(FitExport.Container.FITDECODE_JSON, FitExport.Values.CALIBRATED),
                "2026-11-23T18:45:00Z", b -> b.stand(8).walk(10).stand(5).set(SQUAT_JUMP, 5).stand(5)));
        f.add(fit("fitcsvtool-cmj-waist-25hz", 1019,
                "2 sets of 4 countermovement jumps; FitCSVTool message rows, raw counts + calibration",
                25, FitExport.of(FitExport.Container.FITCSVTOOL, FitExport.Values.RAW),
                "2026-11-24T07:45:00Z",
                b -> b.stand(8).walk(10).stand(5).sets(COUNTERMOVEMENT_JUMP, 2, 4, 120, 150).stand(5)));
        f.add(fit("fitcsvtool-data-squat-jumps-waist-25hz", 1020,
                "One set of 6 squat jumps; FitCSVTool --data table, calibrated g, ISO times",
                25, FitExport.of(FitExport.Container.FITCSVTOOL_DATA, FitExport.Values.CALIBRATED),
                "2026-11-25T12:00:00Z", b -> b.stand(8).walk(10).stand(5).set(SQUAT_JUMP, 6).stand(5)));
        f.addAll(DialectFixtures.all());
        return List.copyOf(f);
    }

    private static FixtureSpec fit(String name, long seed, String description, double rateHz, FitExport export,
                                   String start, Scenario scenario) {
        return new FixtureSpec(name, seed, description, Location.WAIST, rateHz, SensorSpec.typical(16),
                ExportFormat.generic(), Imperfections.NONE, Instant.parse(start), scenario, export);
    }

    private static FixtureSpec spec(String name, long seed, String description, Location location, double rateHz,
                                    SensorSpec sensor, ExportFormat format, String start, Scenario scenario) {
        return new FixtureSpec(name, seed, description, location, rateHz, sensor, format, Imperfections.NONE,
                Instant.parse(start), scenario);
    }

    /** Writes every fixture into {@code dir} (the CLI's {@code plyometer simulate --out DIR}). */
    public static List<FixtureSummary> writeAll(Path dir) throws IOException {
        return writeAll(dir, 0);
    }

    /**
     * Writes the catalogue with every seed moved by {@code seedOffset}: the same kinds of session with other jumps,
     * rests, noise and orientations. Offset 0 is the committed set; other offsets are held-out sessions that the
     * thresholds were not tuned on.
     */
    public static List<FixtureSummary> writeAll(Path dir, long seedOffset) throws IOException {
        Files.createDirectories(dir);
        List<FixtureSummary> summaries = new ArrayList<>();
        for (FixtureSpec spec : fixtures()) {
            FixtureSpec moved = seedOffset == 0 ? spec : new FixtureSpec(spec.name(), spec.seed() + seedOffset * 7919,
                    spec.description(), spec.location(), spec.sampleRateHz(), spec.sensor(), spec.format(),
                    spec.imperfections(), spec.start(), spec.scenario(), spec.fit());
            summaries.add(SessionExport.write(moved, dir));
        }
        return List.copyOf(summaries);
    }

    /** The fixture table of {@code fixtures/README.md}, in Markdown. */
    public static String markdownTable(List<FixtureSummary> summaries) {
        StringBuilder s = new StringBuilder();
        s.append("| name | exercise mix | location | rate | range | encoding, units | imperfections | length | jumps"
                + " | contacts | clipped rows | distractors |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (FixtureSummary f : summaries) {
            var d = f.distractors();
            s.append(String.format(Locale.ROOT, "| `%s` | %s%s | %s | %.0f Hz | ±%.0f g | %s | %s | %.1f min | %d | %d"
                            + " | %d | %d strides, %d steps, %d arm swings, %d step-downs |\n",
                    f.name(), f.description(), f.plan() != null ? " [plan]" : "", f.location(), f.sampleRateHz(),
                    f.rangeG(), f.format(), f.imperfections(), f.durationS() / 60, f.jumps(), f.contacts(),
                    f.clippedSamples(), d.runningStrides(), d.walkingSteps(), d.armSwings(), d.stepDowns()));
        }
        return s.toString();
    }

    /** Regenerates the fixtures: {@code FixtureCatalog [DIR]}, default {@value #DEFAULT_DIR}; prints the table. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DEFAULT_DIR);
        List<FixtureSummary> summaries = writeAll(dir);
        System.out.print(markdownTable(summaries));
    }
}
