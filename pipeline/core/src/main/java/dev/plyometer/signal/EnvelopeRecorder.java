package dev.plyometer.signal;

import java.util.Arrays;

/**
 * Keeps a min/max envelope of the magnitude in at most {@link #capacity()} time buckets, streaming, so a plot of
 * the session never needs the recording in memory. Buckets start one nominal sample period wide; when a sample
 * falls beyond the last bucket, neighbouring buckets are merged in pairs and the width doubles, as often as needed.
 * The result is the same whatever the block boundaries, and its size is bounded by the capacity, not the file.
 */
public final class EnvelopeRecorder implements SignalListener {
    /** Enough for a 1,000-pixel-wide plot zoomed 4× onto one set. */
    public static final int DEFAULT_CAPACITY = 4000;
    /** Bucket width when the stream has no usable nominal period (a single sample). */
    static final double FALLBACK_WIDTH_S = 0.01;

    private final int capacity;
    private final double[] min;
    private final double[] max;
    private double width = Double.NaN;
    private int used;

    public EnvelopeRecorder() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the most buckets kept; even, at least 2 */
    public EnvelopeRecorder(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2: " + capacity);
        }
        this.capacity = capacity;
        this.min = new double[capacity];
        this.max = new double[capacity];
        Arrays.fill(min, Double.NaN);
        Arrays.fill(max, Double.NaN);
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public void start(double nominalPeriodS) {
        width = nominalPeriodS > 0 && Double.isFinite(nominalPeriodS) ? nominalPeriodS : FALLBACK_WIDTH_S;
    }

    @Override
    public void samples(double[] timeS, double[] magnitudeG, double[] maxAbsAxisG, int count) {
        if (Double.isNaN(width)) {
            start(Double.NaN);
        }
        for (int i = 0; i < count; i++) {
            double t = timeS[i];
            double m = magnitudeG[i];
            int bucket = bucketOf(t);
            while (bucket >= capacity) {
                halve();
                bucket = bucketOf(t);
            }
            if (Double.isNaN(min[bucket])) {
                min[bucket] = m;
                max[bucket] = m;
            } else if (m < min[bucket]) {
                min[bucket] = m;
            } else if (m > max[bucket]) {
                max[bucket] = m;
            }
            if (bucket >= used) {
                used = bucket + 1;
            }
        }
    }

    private int bucketOf(double t) {
        double b = Math.floor(t / width);
        return b >= capacity ? capacity : (int) Math.max(0, b);
    }

    /** Merges buckets 2i and 2i+1 into i, doubling the width. */
    private void halve() {
        int half = capacity / 2;
        for (int i = 0; i < half; i++) {
            int a = 2 * i;
            int b = a + 1;
            min[i] = lower(min[a], min[b]);
            max[i] = higher(max[a], max[b]);
        }
        Arrays.fill(min, half, capacity, Double.NaN);
        Arrays.fill(max, half, capacity, Double.NaN);
        width *= 2;
        used = (used + 1) / 2;
    }

    private static double lower(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double higher(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** The envelope so far (complete after {@link #finish()}). */
    public MagnitudeTrace trace() {
        if (used == 0) {
            return MagnitudeTrace.empty();
        }
        return new MagnitudeTrace(width, Arrays.copyOf(min, used), Arrays.copyOf(max, used));
    }
}
