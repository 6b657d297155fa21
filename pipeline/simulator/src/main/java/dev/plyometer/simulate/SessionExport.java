package dev.plyometer.simulate;

import dev.plyometer.validate.Truth;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one simulated session: {@code NAME.csv} (streamed row by row; or a FIT export, {@link FitExport}),
 * {@code NAME.truth.json} and, for a session
 * with sets, {@code NAME.plan.csv} (exercise and stance per set). The seed is split into independent streams
 * (session structure, sensor setup, noise, fault placement, jitter), so changing e.g. the noise level does not move
 * any jump.
 */
public final class SessionExport {
    static final long STRUCTURE = 1;
    static final long SENSOR = 2;
    static final long NOISE = 3;
    static final long FAULTS = 4;
    static final long JITTER = 5;

    private static final int BUFFER_CHARS = 1 << 16;

    private SessionExport() {
    }

    /** Writes the session's files into {@code dir} (created if missing) and returns what they hold. */
    public static FixtureSummary write(FixtureSpec spec, Path dir) throws IOException {
        return write(spec, dir, true);
    }

    /** As {@link #write(FixtureSpec, Path)}; without {@code NAME.truth.json} when {@code withTruthFile} is false. */
    static FixtureSummary write(FixtureSpec spec, Path dir, boolean withTruthFile) throws IOException {
        Files.createDirectories(dir);
        SimulatedSession session = simulate(spec);
        SensorModel sensor = sensor(spec);
        ImperfectRows.Plan faults = ImperfectRows.Plan.place(spec.imperfections(), session, spec.sampleRateHz(),
                Rng.stream(spec.seed(), FAULTS));
        long rows;
        long bytes;
        if (spec.fit() != null) {
            try (FitExportWriter out = new FitExportWriter(dir.resolve(spec.exportFile()), spec.fit(),
                    epochNanos(spec))) {
                new Sampler(sensor, spec.sampleRateHz()).drain(session.timeline(), out);
                out.finish();
                rows = out.rowsWritten();
                bytes = out.bytesWritten();
            }
        } else {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(dir.resolve(spec.exportFile())), StandardCharsets.US_ASCII), BUFFER_CHARS)) {
                ExportWriter csv = ExportWriters.create(w, spec.format(), epochNanos(spec), spec.sampleRateHz());
                csv.writeHeader();
                RowSink sink = spec.imperfections().any()
                        ? new ImperfectRows(csv, faults, Rng.stream(spec.seed(), JITTER))
                        : csv;
                new Sampler(sensor, spec.sampleRateHz()).drain(session.timeline(), sink);
                sink.finish();
                rows = csv.rowsWritten();
                bytes = csv.charsWritten();
            }
        }
        // every session with sets gets its plan, as an athlete logging exercises would; sessions without jumps none
        String plan = session.sets().isEmpty() ? null : spec.planFile();
        if (plan != null) {
            PlanFile.write(session.sets(), dir.resolve(plan));
        }
        List<String> notes = new ArrayList<>();
        notes.add(spec.description());
        if (spec.imperfections().any()) {
            notes.add("Export faults: " + faults.describe(spec.sampleRateHz()));
        }
        if (sensor.clippedSamples() > 0) {
            notes.add(sensor.clippedSamples() + " rows clip at +-" + BigDecimal.valueOf(spec.sensor().rangeG())
                    .stripTrailingZeros().toPlainString() + " g: their peaks are lower bounds");
        }
        Truth truth = truth(spec, session, sensor, plan, String.join(". ", notes) + ".");
        if (withTruthFile) {
            TruthJson.write(truth, dir.resolve(spec.truthFile()));
        }
        return new FixtureSummary(spec.name(), spec.description(), spec.location().label(), spec.sampleRateHz(),
                spec.sensor().rangeG(), spec.describeFormat(), spec.imperfections().describe(), plan, rows, bytes,
                session.durationS(), session.sets().size(), truth.totals().jumps(), truth.totals().contacts(),
                sensor.clippedSamples(), session.distractors());
    }

    /** Plays the scenario: the timeline and its truth markers, without sampling. */
    static SimulatedSession simulate(FixtureSpec spec) {
        SessionBuilder b = new SessionBuilder(spec.location(), Rng.stream(spec.seed(), STRUCTURE), 0);
        spec.scenario().play(b);
        return b.build();
    }

    static SensorModel sensor(FixtureSpec spec) {
        return new SensorModel(spec.location(), spec.sensor(), Rng.stream(spec.seed(), SENSOR),
                Rng.stream(spec.seed(), NOISE));
    }

    static long epochNanos(FixtureSpec spec) {
        return Math.addExact(Math.multiplyExact(spec.start().getEpochSecond(), 1_000_000_000L), spec.start().getNano());
    }

    static Set<String> stances(SimulatedSession session) {
        Set<String> stances = new TreeSet<>();
        session.sets().forEach(s -> stances.add(s.exercise().usualStance().label()));
        return stances;
    }

    /** The truth of a played session; landing peaks are measured on the sensor model's noise-free magnitude. */
    static Truth truth(FixtureSpec spec, SimulatedSession session, SensorModel sensor, String plan,
                       String description) {
        List<Truth.TruthJump> jumps = new ArrayList<>();
        for (JumpMarker j : session.jumps()) {
            LandingTruth.Measure m = LandingTruth.measure(j.landing(), sensor);
            double takeoff = round(j.takeoffS(), 4);
            double touchdown = round(j.touchdownS(), 4);
            jumps.add(new Truth.TruthJump(takeoff, touchdown, round(touchdown - takeoff, 4), round(m.peakG(), 3),
                    round(m.rfdBwPerS(), 1), j.exercise().usualStance().feet(), j.set(), j.exercise().label()));
        }
        List<Truth.TruthSet> sets = new ArrayList<>();
        for (SetMarker s : session.sets()) {
            sets.add(new Truth.TruthSet(s.set(), round(s.startS(), 4), round(s.endS(), 4), s.jumps(), s.contacts(),
                    s.exercise().label(), s.exercise().usualStance().label()));
        }
        Set<String> stances = stances(session);
        String stance = plan != null ? null : (stances.isEmpty() ? "two-foot" : stances.iterator().next());
        int contacts = jumps.stream().mapToInt(Truth.TruthJump::feet).sum();
        return new Truth(spec.exportFile(), description, spec.location().label(), spec.sampleRateHz(),
                spec.sensor().rangeG(), plan, stance, spec.seed(), jumps, sets,
                new Truth.TruthTotals(jumps.size(), contacts, jumps.size()), session.distractors());
    }

    static double round(double v, int decimals) {
        double scale = StrictMath.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}
