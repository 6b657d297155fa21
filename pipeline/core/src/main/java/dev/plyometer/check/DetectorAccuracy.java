package dev.plyometer.check;

/**
 * How often the jump detector was right, as counts from a validation run, so that precision and recall can be
 * given with confidence bounds instead of as bare ratios.
 *
 * @param matched    found landings paired with a true one
 * @param found      landings found
 * @param truth      true landings
 * @param measuredOn which validation run produced the counts
 */
public record DetectorAccuracy(int matched, int found, int truth, String measuredOn) {

    /**
     * From {@code plyometer validate fixtures} on the 31 committed fixtures (all locations and rates, default
     * thresholds, plyometer 0.1.0): summed over every fixture, {@code matched}, {@code found} and {@code truth}.
     * {@code DetectorAccuracyTest} recomputes these from the fixtures and fails when they drift: after a change to
     * the detector or the fixtures, put the new sums here.
     */
    public static final DetectorAccuracy FIXTURES = new DetectorAccuracy(543, 543, 543,
            "plyometer validate fixtures: 31 simulated sessions, default thresholds, plyometer 0.1.0");

    public DetectorAccuracy {
        if (matched < 0 || matched > found || matched > truth) {
            throw new IllegalArgumentException("expected 0 ≤ matched ≤ found and ≤ truth: " + matched + ", "
                    + found + ", " + truth);
        }
    }

    /** Precision (matched of found) with its Clopper–Pearson bounds. */
    public Proportion precision(double confidence) {
        return Proportion.clopperPearson(matched, found, confidence);
    }

    /** Recall (matched of truth) with its Clopper–Pearson bounds. */
    public Proportion recall(double confidence) {
        return Proportion.clopperPearson(matched, truth, confidence);
    }
}
