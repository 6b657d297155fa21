package dev.plyometer.signal;

/**
 * Streaming median of sample intervals: a fixed histogram with 10 µs bins up to 2 s, so the median of any
 * number of intervals costs 800 KB and one pass. Longer intervals are gaps; they count in the last bin.
 */
final class IntervalHistogram {
    static final double BIN_S = 10e-6;
    private static final int BINS = 200_000;
    /** Intervals of this or longer all count in the last bin, so a median there means "at least this". */
    static final double MAX_S = BINS * BIN_S;

    private final int[] counts = new int[BINS + 1];
    private long total;

    void add(double intervalS) {
        int bin = (int) Math.min(BINS, Math.max(0, Math.round(intervalS / BIN_S)));
        counts[bin]++;
        total++;
    }

    long total() {
        return total;
    }

    /** The median interval in seconds, or {@code NaN} when empty. */
    double median() {
        if (total == 0) {
            return Double.NaN;
        }
        long half = (total + 1) / 2;
        long seen = 0;
        for (int bin = 0; bin <= BINS; bin++) {
            seen += counts[bin];
            if (seen >= half) {
                return bin * BIN_S;
            }
        }
        return BINS * BIN_S;
    }
}
