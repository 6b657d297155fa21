package dev.plyometer.cli;

import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Level;
import dev.plyometer.volume.PlanReader;
import dev.plyometer.volume.Stance;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every analysing command shares. */
final class AnalysisMixin {
    @Option(names = "--level", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "beginner (80-100), intermediate (100-120) or advanced (120-140); default ${DEFAULT-VALUE}",
            defaultValue = "beginner")
    Level level;

    @Option(names = "--count", paramLabel = "UNIT", converter = Converters.UnitConverter.class,
            description = "unit the limit is counted in: foot-contacts (2 per two-foot landing) or landings (the NSCA "
                    + "convention); default ${DEFAULT-VALUE}", defaultValue = "foot-contacts")
    CountUnit unit;

    @Option(names = "--stance", paramLabel = "STANCE", converter = Converters.StanceConverter.class,
            description = "two-foot or single-leg, for every set; default: the plan, else two-foot")
    Stance stance;

    @Option(names = "--exercise", paramLabel = "NAME", converter = Converters.ExerciseConverter.class,
            description = "exercise for every set (rope-skip, pogo, squat-jump, countermovement-jump, box-jump, "
                    + "single-leg-hop, bound, depth-jump)")
    Exercise exercise;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "plan naming exercise and stance per set (CSV: set,exercise,stance). Without --plan or "
                    + "--stance, NAME.plan.csv beside NAME.csv is used when it exists")
    Path plan;

    @Option(names = "--mass", paramLabel = "KG", description = "body mass, to report RFD in N/s too")
    Double massKg;

    @Option(names = "--range-g", paramLabel = "G", description = "the sensor's range (±g), when known; else "
            + "clipping is detected from the data")
    Double rangeG;

    @Option(names = "--sample-rate", paramLabel = "HZ", description = "sample rate for files without a time column")
    Double sampleRateHz;

    @Option(names = "--units", paramLabel = "UNITS", description = "input units when the header does not say and "
            + "inference is wrong: g, milli-g or m/s2")
    String units;

    /** Options for one file: a plan beside the file applies when the user gave neither a plan nor a stance. */
    AnalysisOptions forFile(Path file) {
        AnalysisOptions options = base();
        if (plan == null && stance == null) {
            Path beside = PlanReader.besideExport(file);
            if (beside != null) {
                options = options.withPlan(beside);
            }
        }
        return options;
    }

    AnalysisOptions base() {
        if (massKg != null && !(massKg > 0 && massKg < 500)) {
            throw new IllegalArgumentException("--mass: expected a body mass in kg, found " + massKg);
        }
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withLevel(level).withUnit(unit)
                .withImports(new ImportOptions(sampleRateHz == null ? 0 : sampleRateHz, units, false));
        if (stance != null) {
            options = options.withStance(stance);
        }
        if (exercise != null) {
            options = options.withExercise(exercise);
        }
        if (plan != null) {
            options = options.withPlan(plan);
        }
        if (massKg != null) {
            options = options.withBodyMassKg(massKg);
        }
        if (rangeG != null) {
            options = options.withRangeG(rangeG);
        }
        return options;
    }
}
