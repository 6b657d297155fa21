package dev.plyometer.simulate;

import dev.plyometer.validate.Truth;

/**
 * What one written session holds, for the fixture table and for callers that print a summary.
 *
 * @param plan           the plan file's name, or {@code null}
 * @param jumps          landings that count (the truth's {@code jumps})
 * @param contacts       foot contacts (two per two-foot landing, one per single-leg landing)
 * @param clippedSamples rows with at least one axis at the sensor's range
 */
public record FixtureSummary(String name, String description, String location, double sampleRateHz, double rangeG,
                             String format, String imperfections, String plan, long rows, long bytes,
                             double durationS, int sets, int jumps, int contacts, long clippedSamples,
                             Truth.TruthDistractors distractors) {
}
