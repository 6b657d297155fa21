package dev.plyometer.ingest.fit;

import java.util.Arrays;

/**
 * One {@code accelerometer_data} message (165), reused from message to message: the time of its first sample and up
 * to {@link #MAX_SAMPLES} samples in any of FIT's three representations. Missing or invalid values are {@code NaN}.
 * Readers fill it (binary FIT, FIT-derived JSON or CSV), {@link FitSampleWriter} turns it into samples.
 */
public final class AccelMessage {
    /** Largest array a message may carry; a FIT field holds at most 255 bytes, text dialects are capped here. */
    public static final int MAX_SAMPLES = 4096;

    /** FIT {@code date_time} of the first sample, whole seconds (UTC or system time), or {@link FitTime#NONE}. */
    public long timestamp = FitTime.NONE;
    /** Milliseconds to add to {@link #timestamp}: {@code timestamp_ms}, plus any fraction an ISO time carried. */
    public long timestampMs;

    public final double[] offsets = new double[MAX_SAMPLES];
    public int offsetCount;
    /** {@code calibrated_accel_x/y/z}, g. */
    public final double[][] calibrated = {new double[MAX_SAMPLES], new double[MAX_SAMPLES], new double[MAX_SAMPLES]};
    public final int[] calibratedCount = new int[3];
    /** {@code compressed_calibrated_accel_x/y/z}, milli-g. */
    public final double[][] compressed = {new double[MAX_SAMPLES], new double[MAX_SAMPLES], new double[MAX_SAMPLES]};
    public final int[] compressedCount = new int[3];
    /** {@code accel_x/y/z}, raw counts. */
    public final double[][] raw = {new double[MAX_SAMPLES], new double[MAX_SAMPLES], new double[MAX_SAMPLES]};
    public final int[] rawCount = new int[3];
    /** Arrays cut to {@link #MAX_SAMPLES}; the writer warns. */
    public boolean truncated;

    public void clear() {
        timestamp = FitTime.NONE;
        timestampMs = 0;
        offsetCount = 0;
        Arrays.fill(calibratedCount, 0);
        Arrays.fill(compressedCount, 0);
        Arrays.fill(rawCount, 0);
        truncated = false;
    }

    boolean hasCalibrated() {
        return calibratedCount[0] > 0 && calibratedCount[1] > 0 && calibratedCount[2] > 0;
    }

    boolean hasCompressed() {
        return compressedCount[0] > 0 && compressedCount[1] > 0 && compressedCount[2] > 0;
    }

    boolean hasRaw() {
        return rawCount[0] > 0 && rawCount[1] > 0 && rawCount[2] > 0;
    }

    /** Samples in the message: the longest value array (offsets may be missing for a one-sample message). */
    int valueCount() {
        int n = 0;
        for (int a = 0; a < 3; a++) {
            n = Math.max(n, Math.max(calibratedCount[a], Math.max(compressedCount[a], rawCount[a])));
        }
        return n;
    }
}
