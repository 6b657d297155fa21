package dev.plyometer.session;

import dev.plyometer.config.Thresholds;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Level;
import dev.plyometer.volume.Stance;

import java.nio.file.Path;

/**
 * How to analyse a file.
 *
 * @param level       training level whose range the volume is compared with
 * @param unit        unit the limit is counted in
 * @param stance      stance for every set when there is no plan; {@code null} means not given (two-foot assumed,
 *                    with a warning)
 * @param exercise    exercise for every set when there is no plan
 * @param planFile    plan naming exercise and stance per set, or {@code null}
 * @param bodyMassKg  body mass for RFD in N/s, or {@code NaN}
 * @param rangeG      the sensor's range in g when known, or {@code NaN} to detect clipping from the data
 * @param imports     options for the importer
 * @param thresholds  detection and reporting thresholds
 */
public record AnalysisOptions(
        Level level,
        CountUnit unit,
        Stance stance,
        Exercise exercise,
        Path planFile,
        double bodyMassKg,
        double rangeG,
        ImportOptions imports,
        Thresholds thresholds) {

    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Level.BEGINNER, CountUnit.FOOT_CONTACTS, null,
            Exercise.UNSPECIFIED, null, Double.NaN, Double.NaN, ImportOptions.DEFAULTS, Thresholds.DEFAULTS);

    public AnalysisOptions withLevel(Level l) {
        return new AnalysisOptions(l, unit, stance, exercise, planFile, bodyMassKg, rangeG, imports, thresholds);
    }

    public AnalysisOptions withUnit(CountUnit u) {
        return new AnalysisOptions(level, u, stance, exercise, planFile, bodyMassKg, rangeG, imports, thresholds);
    }

    public AnalysisOptions withStance(Stance s) {
        return new AnalysisOptions(level, unit, s, exercise, planFile, bodyMassKg, rangeG, imports, thresholds);
    }

    public AnalysisOptions withExercise(Exercise e) {
        return new AnalysisOptions(level, unit, stance, e, planFile, bodyMassKg, rangeG, imports, thresholds);
    }

    public AnalysisOptions withPlan(Path p) {
        return new AnalysisOptions(level, unit, stance, exercise, p, bodyMassKg, rangeG, imports, thresholds);
    }

    public AnalysisOptions withBodyMassKg(double kg) {
        return new AnalysisOptions(level, unit, stance, exercise, planFile, kg, rangeG, imports, thresholds);
    }

    public AnalysisOptions withRangeG(double g) {
        return new AnalysisOptions(level, unit, stance, exercise, planFile, bodyMassKg, g, imports, thresholds);
    }

    public AnalysisOptions withImports(ImportOptions i) {
        return new AnalysisOptions(level, unit, stance, exercise, planFile, bodyMassKg, rangeG, i, thresholds);
    }

    public AnalysisOptions withThresholds(Thresholds t) {
        return new AnalysisOptions(level, unit, stance, exercise, planFile, bodyMassKg, rangeG, imports, t);
    }
}
