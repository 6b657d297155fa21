package dev.plyometer.validate;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.metrics.Jump;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.volume.Stance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the whole pipeline on every fixture that has a truth file ({@code *.truth.json}) and compares: landings
 * found and missed, contacts, sets, flight time, impact peak and RFD.
 */
public final class Validator {
    /** A found landing pairs with a true one when their touchdowns are this close (or two sample periods). */
    public static final double MATCH_TOLERANCE_S = 0.10;

    private final AnalysisOptions base;

    public Validator(AnalysisOptions base) {
        this.base = base;
    }

    /** All truth files under {@code dir}, sorted by path so the table is the same on every machine. */
    public static List<Path> truthFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Truth readTruth(Path truthFile) {
        try {
            return Json.mapper().readValue(truthFile.toFile(), Truth.class);
        } catch (IOException e) {
            throw new ImportException(truthFile.toString(), 0, "expected a truth file (plyometer truth JSON): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public ValidationReport validate(Path dir) {
        List<FixtureResult> results = new ArrayList<>();
        for (Path truthFile : truthFiles(dir)) {
            results.add(validateOne(truthFile));
        }
        return new ValidationReport(results, Targets.evaluate(results), base.thresholds());
    }

    public FixtureResult validateOne(Path truthFile) {
        Truth truth = readTruth(truthFile);
        Path folder = truthFile.getParent();
        Path export = folder.resolve(truth.file());
        AnalysisOptions options = truth.plan() != null
                ? base.withPlan(folder.resolve(truth.plan()))
                : base.withStance(Stance.parse(truth.stance() == null ? "two-foot" : truth.stance()));
        int truthSets = truth.sets().size();
        try {
            SessionReport report = new SessionAnalyzer(options).analyze(export, truth.file());
            return compare(truth, report);
        } catch (ImportException | AnalysisException e) {
            return new FixtureResult(truth.file(), truth.location(), truth.sampleRateHz(), truth.jumps().size(), 0, 0,
                    truth.totals().contacts(), 0, truthSets, 0, Double.NaN, Double.NaN, Double.NaN, 0,
                    e.getMessage());
        }
    }

    static FixtureResult compare(Truth truth, SessionReport report) {
        List<Truth.TruthJump> tj = truth.jumps();
        List<Jump> fj = report.jumps();
        double[] truthTd = tj.stream().mapToDouble(Truth.TruthJump::touchdownS).toArray();
        double[] foundTd = fj.stream().mapToDouble(Jump::touchdownS).toArray();
        double tolerance = Math.max(MATCH_TOLERANCE_S, 2.0 / truth.sampleRateHz());
        int[] pair = JumpMatcher.match(truthTd, foundTd, tolerance);
        int matched = 0;
        double flightErr = 0;
        double peakErr = 0;
        int peakN = 0;
        double rfdErr = 0;
        int rfdN = 0;
        for (int i = 0; i < pair.length; i++) {
            if (pair[i] < 0) {
                continue;
            }
            matched++;
            Truth.TruthJump t = tj.get(i);
            Jump f = fj.get(pair[i]);
            flightErr += Math.abs(f.flightTimeS() - t.flightTimeS());
            if (!f.hasFlag(Jump.CLIPPED) && t.peakG() > 0) {
                peakErr += Math.abs(f.peakG() - t.peakG()) / t.peakG();
                peakN++;
                if (f.rfdBwPerS() != null && t.rfdBwPerS() > 0) {
                    rfdErr += Math.abs(f.rfdBwPerS() - t.rfdBwPerS()) / t.rfdBwPerS();
                    rfdN++;
                }
            }
        }
        return new FixtureResult(truth.file(), truth.location(), truth.sampleRateHz(), tj.size(), fj.size(), matched,
                truth.totals().contacts(), report.totals().contacts(), truth.sets().size(), report.totals().sets(),
                matched == 0 ? Double.NaN : 1000 * flightErr / matched,
                peakN == 0 ? Double.NaN : 100 * peakErr / peakN,
                rfdN == 0 ? Double.NaN : 100 * rfdErr / rfdN, rfdN, null);
    }
}
