package dev.plyometer.ingest.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * What converts raw counts and system time: the accelerometer calibrations and the first
 * {@code timestamp_correlation} of a file. Filled either as messages stream by, or by a first pass over the whole
 * file ({@link #complete()}), when a file has raw counts before its calibration or system time before its
 * correlation. Bounded: at most {@link #MAX_CALIBRATIONS} calibrations are kept.
 */
public final class FitContext {
    /** Calibrations kept; a real file has one or a few. */
    public static final int MAX_CALIBRATIONS = 10_000;

    private final List<FitCalibration> calibrations = new ArrayList<>();
    private FitCorrelation correlation;
    private boolean complete;
    private long droppedCalibrations;
    private int last;

    /** A context holding everything a first pass found: nothing later in the file can change it. */
    public static FitContext complete(FitContext prescan) {
        FitContext c = new FitContext();
        c.calibrations.addAll(prescan.calibrations);
        c.correlation = prescan.correlation;
        c.droppedCalibrations = prescan.droppedCalibrations;
        c.complete = true;
        return c;
    }

    public boolean complete() {
        return complete;
    }

    /** Adds an accelerometer calibration; ignored when the context came from a first pass (it has them all). */
    public void addCalibration(FitCalibration calibration) {
        if (complete) {
            return;
        }
        if (!calibrations.isEmpty() && calibrations.get(calibrations.size() - 1).equals(calibration)) {
            return; // repeated, as FitCSVTool's data table repeats it on every row
        }
        if (calibrations.size() >= MAX_CALIBRATIONS) {
            droppedCalibrations++;
            return;
        }
        calibrations.add(calibration);
    }

    /** Keeps the first correlation; later ones are ignored (ignored also when the context is complete). */
    public void addCorrelation(FitCorrelation c) {
        if (!complete && correlation == null) {
            correlation = c;
        }
    }

    public FitCorrelation correlation() {
        return correlation;
    }

    public int calibrationCount() {
        return calibrations.size();
    }

    public long droppedCalibrations() {
        return droppedCalibrations;
    }

    /**
     * The calibration in force at FIT time {@code timestamp}: the latest one whose timestamp is at or before it (one
     * without a timestamp counts as before everything); for samples before the first calibration, the first one, as
     * Garmin's SDK applies a file's calibration to all its samples. {@code null} when there is none.
     */
    public FitCalibration calibrationFor(long timestamp) {
        int n = calibrations.size();
        if (n == 0) {
            return null;
        }
        if (n == 1) {
            return calibrations.get(0);
        }
        // files are in time order: start from the last answer
        int i = Math.min(last, n - 1);
        while (i + 1 < n && atOrBefore(calibrations.get(i + 1), timestamp)) {
            i++;
        }
        while (i > 0 && !atOrBefore(calibrations.get(i), timestamp)) {
            i--;
        }
        last = i;
        return calibrations.get(i);
    }

    private static boolean atOrBefore(FitCalibration c, long timestamp) {
        return c.timestamp() == FitTime.NONE || timestamp == FitTime.NONE || c.timestamp() <= timestamp;
    }
}
