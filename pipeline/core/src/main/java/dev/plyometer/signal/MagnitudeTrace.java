package dev.plyometer.signal;

import java.util.Arrays;

/**
 * The acceleration magnitude of a whole session, reduced for plotting: the smallest and largest magnitude in each
 * of a bounded number of equal time buckets, so flights (dips towards 0 g) and impacts (spikes) stay visible
 * whatever the file's length. Bucket {@code i} covers {@code [i·bucketWidthS, (i+1)·bucketWidthS)} seconds since
 * the first sample; a bucket without samples (a gap in the recording) has no data and is never filled in.
 */
public final class MagnitudeTrace {
    private final double bucketWidthS;
    private final double[] minG;
    private final double[] maxG;

    /** {@code minG[i]} is NaN for an empty bucket; the arrays are copied. */
    public MagnitudeTrace(double bucketWidthS, double[] minG, double[] maxG) {
        if (minG.length != maxG.length) {
            throw new IllegalArgumentException("min and max need one value per bucket: " + minG.length + " vs "
                    + maxG.length);
        }
        if (!(bucketWidthS > 0)) {
            throw new IllegalArgumentException("bucket width must be positive: " + bucketWidthS);
        }
        this.bucketWidthS = bucketWidthS;
        this.minG = minG.clone();
        this.maxG = maxG.clone();
    }

    /** A trace without samples. */
    public static MagnitudeTrace empty() {
        return new MagnitudeTrace(1.0, new double[0], new double[0]);
    }

    /** Seconds covered by one bucket. */
    public double bucketWidthS() {
        return bucketWidthS;
    }

    /** Buckets, up to the last one with data. */
    public int size() {
        return minG.length;
    }

    public boolean hasData(int bucket) {
        return !Double.isNaN(minG[bucket]);
    }

    /** Smallest magnitude in the bucket, g; NaN when empty. */
    public double minG(int bucket) {
        return minG[bucket];
    }

    /** Largest magnitude in the bucket, g; NaN when empty. */
    public double maxG(int bucket) {
        return maxG[bucket];
    }

    /** Largest magnitude over the session, g; NaN for an empty trace. */
    public double peakG() {
        double peak = Double.NaN;
        for (double v : maxG) {
            if (!Double.isNaN(v) && (Double.isNaN(peak) || v > peak)) {
                peak = v;
            }
        }
        return peak;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MagnitudeTrace t && t.bucketWidthS == bucketWidthS && Arrays.equals(t.minG, minG)
                && Arrays.equals(t.maxG, maxG);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(bucketWidthS) + Arrays.hashCode(minG)) + Arrays.hashCode(maxG);
    }

    @Override
    public String toString() {
        return "MagnitudeTrace[" + size() + " buckets of " + bucketWidthS + " s]";
    }
}
