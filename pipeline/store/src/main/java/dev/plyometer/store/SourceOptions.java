package dev.plyometer.store;

import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Stance;

/**
 * What the user told the analysis about an export at upload, kept so that {@code reanalyze} can run it again the same
 * way (the plan itself is kept as a copy, by its SHA-256, in the session's row).
 *
 * @param stance       stance for every set, or {@code null}
 * @param exercise     exercise for every set
 * @param rangeG       the sensor's range in g, or {@code null}
 * @param sampleRateHz sample rate for files without a time column, or {@code null}
 * @param units        forced input units, or {@code null}
 */
public record SourceOptions(String stance, String exercise, Double rangeG, Double sampleRateHz, String units) {

    static SourceOptions of(AnalysisOptions o) {
        return new SourceOptions(o.stance() == null ? null : o.stance().label(), o.exercise().label(),
                Double.isNaN(o.rangeG()) ? null : o.rangeG(),
                o.imports().sampleRateHz() > 0 ? o.imports().sampleRateHz() : null, o.imports().units());
    }

    /** Applies these to {@code base} (which carries level, unit, body mass and thresholds). */
    AnalysisOptions applyTo(AnalysisOptions base) {
        AnalysisOptions o = base.withExercise(Exercise.parse(exercise))
                .withImports(new ImportOptions(sampleRateHz == null ? 0 : sampleRateHz, units, false));
        if (stance != null) {
            o = o.withStance(Stance.parse(stance));
        }
        if (rangeG != null) {
            o = o.withRangeG(rangeG);
        }
        return o;
    }
}
