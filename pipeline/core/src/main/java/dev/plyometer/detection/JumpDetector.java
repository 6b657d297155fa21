package dev.plyometer.detection;

import dev.plyometer.config.Thresholds;
import dev.plyometer.signal.SignalListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds flights and their landings in one pass over the conditioned magnitude, keeping only the current flight
 * and a short history in memory.
 *
 * <p>A flight is a lull of the magnitude below {@link Thresholds#freeFallThresholdG()}; a rise above it shorter
 * than {@link Thresholds#lullMergeS()} without an impact does not end it. Take-off and touchdown are then timed on
 * each edge of the lull: the edge is the line through its crossings of the threshold and of the event level (the
 * lull's median plus {@link Thresholds#eventLevelAboveLullG()}), each interpolated between the two samples around
 * it, and the event is where that line meets the lull's median (moved at most
 * {@link Thresholds#maxEdgeExtrapolationS()}) — the instant the force reaches zero, finer than the sample period and
 * not biased early (take-off) or late (touchdown) as a plain threshold crossing is. A landing needs an impact of at least
 * {@link Thresholds#minImpactG()} within {@link Thresholds#landingWindowS()}, rising at least
 * {@link Thresholds#minImpactSlopeGPerS()} on the way; lulls outside
 * [{@link Thresholds#minLullS()}, {@link Thresholds#maxFlightS()}] are not landings. Short ones are kept as
 * candidates: {@link StrideFilter} needs every stride to recognise running, then drops flights shorter than
 * {@link Thresholds#minFlightS()}.
 */
public final class JumpDetector implements SignalListener {
    /** How far before take-off the push-off peak is looked for. */
    public static final double PUSHOFF_WINDOW_S = 0.5;
    private static final int MAX_LULL_SAMPLES = 1 << 16;

    private enum State { GROUND, LULL, LANDING }

    private final Thresholds th;
    private final List<Landing> landings = new ArrayList<>();

    private State state = State.GROUND;
    private boolean havePrev;
    private double prevT;
    private double prevM;

    // the current lull: the sample before it, then its samples (and merged excursions)
    private double[] lullT = new double[256];
    private double[] lullM = new double[256];
    private int lullSize;
    private double beforeT;
    private double beforeM;
    private double pushoffPeak;

    // the current landing
    private double tdThresholdT;
    private int lullSizeAtTouchdown;
    private double peak;
    private double peakT;
    private double maxAbsAxis;
    private boolean committed;
    private final double[] riseT = new double[64];
    private final double[] riseM = new double[64];
    private int riseSize;

    // recent history for the push-off peak
    private double[] histT = new double[64];
    private double[] histM = new double[64];
    private int histHead;
    private int histSize;

    public JumpDetector(Thresholds thresholds) {
        this.th = thresholds;
    }

    /** The landings found; complete after {@link #finish()}. */
    public List<Landing> landings() {
        return List.copyOf(landings);
    }

    @Override
    public void start(double nominalPeriodS) {
        int capacity = (int) Math.min(1 << 14, Math.max(16, Math.ceil(PUSHOFF_WINDOW_S / nominalPeriodS) + 4));
        histT = new double[capacity];
        histM = new double[capacity];
    }

    @Override
    public void samples(double[] timeS, double[] magnitudeG, double[] maxAbsAxisG, int count) {
        for (int i = 0; i < count; i++) {
            step(timeS[i], magnitudeG[i], maxAbsAxisG[i]);
        }
    }

    @Override
    public void gap(double fromS, double toS) {
        if (state == State.LANDING && committed) {
            finishLanding(true);
        }
        state = State.GROUND;
        havePrev = false;
        histSize = 0;
    }

    @Override
    public void finish() {
        if (state == State.LANDING && committed) {
            finishLanding(false);
        }
        state = State.GROUND;
    }

    private void step(double t, double m, double axis) {
        double thr = th.freeFallThresholdG();
        switch (state) {
            case GROUND -> {
                if (havePrev && m < thr && prevM >= thr) {
                    startLull(t, m);
                }
            }
            case LULL -> {
                if (m < thr) {
                    addLull(t, m);
                    if (t - lullT[0] > th.maxFlightS() + th.landingWindowS()) {
                        state = State.GROUND; // too long to be a jump: a drop, or the sensor in the air
                    }
                } else {
                    startLanding(t, m, axis);
                }
            }
            case LANDING -> landingStep(t, m, axis);
        }
        remember(t, m);
    }

    private void startLull(double t, double m) {
        state = State.LULL;
        beforeT = prevT;
        beforeM = prevM;
        pushoffPeak = historyMax(t - PUSHOFF_WINDOW_S);
        lullSize = 0;
        addLull(t, m);
    }

    private void addLull(double t, double m) {
        if (lullSize == lullT.length) {
            if (lullSize >= MAX_LULL_SAMPLES) {
                state = State.GROUND;
                return;
            }
            lullT = Arrays.copyOf(lullT, lullSize * 2);
            lullM = Arrays.copyOf(lullM, lullSize * 2);
        }
        lullT[lullSize] = t;
        lullM[lullSize] = m;
        lullSize++;
    }

    private void startLanding(double t, double m, double axis) {
        state = State.LANDING;
        tdThresholdT = t;
        lullSizeAtTouchdown = lullSize;
        peak = m;
        peakT = t;
        maxAbsAxis = axis;
        committed = m >= th.minImpactG();
        riseSize = 0;
        addRise(t, m);
    }

    private void landingStep(double t, double m, double axis) {
        double thr = th.freeFallThresholdG();
        if (!committed && m < thr && t - tdThresholdT <= th.lullMergeS() && peak < th.minImpactG()) {
            // a brief rise inside the flight: the rise samples belong to the lull
            for (int i = 0; i < riseSize; i++) {
                addLull(riseT[i], riseM[i]);
            }
            state = State.LULL;
            addLull(t, m);
            return;
        }
        if (t - tdThresholdT > th.lullMergeS() || peak >= th.minImpactG()) {
            committed = true;
        }
        if (committed && m < thr) {
            // the next flight starts before the landing window closed (rope skipping, rebounds)
            finishLanding(false);
            startLull(t, m);
            return;
        }
        if (t - tdThresholdT > th.landingWindowS()) {
            finishLanding(false);
            state = State.GROUND;
            return;
        }
        if (m > peak) {
            peak = m;
            peakT = t;
        }
        maxAbsAxis = Math.max(maxAbsAxis, axis);
        addRise(t, m);
    }

    private void addRise(double t, double m) {
        if (riseSize < riseT.length) {
            riseT[riseSize] = t;
            riseM[riseSize] = m;
            riseSize++;
        }
    }

    private void finishLanding(boolean cutByGap) {
        state = State.GROUND;
        if (lullSizeAtTouchdown == 0 || peak < th.minImpactG()) {
            return;
        }
        double median = median(lullM, lullSizeAtTouchdown);
        double level = Math.min(th.freeFallThresholdG(), median + th.eventLevelAboveLullG());
        double takeoff = takeoffCrossing(level);
        double touchdown = touchdownCrossing(level);
        double thr = th.freeFallThresholdG();
        if (level < thr && median < level) {
            // extend each edge, as the line through its threshold and event-level crossings, down to the lull
            double reach = Math.min(1.0, (level - median) / (thr - level));
            double takeoffAtThreshold = interpolate(beforeT, beforeM, lullT[0], lullM[0], thr);
            double touchdownAtThreshold = interpolate(lullT[lullSizeAtTouchdown - 1], lullM[lullSizeAtTouchdown - 1],
                    riseT[0], riseM[0], thr);
            double cap = th.maxEdgeExtrapolationS();
            takeoff += Math.min(cap, reach * Math.max(0, takeoff - takeoffAtThreshold));
            touchdown -= Math.min(cap, reach * Math.max(0, touchdownAtThreshold - touchdown));
        }
        double flight = touchdown - takeoff;
        if (flight < th.minLullS() || flight > th.maxFlightS()) {
            return;
        }
        int rise = 0;
        double maxSlope = 0;
        double lastT = lullT[lullSizeAtTouchdown - 1];
        double lastM = lullM[lullSizeAtTouchdown - 1];
        for (int i = 0; i < riseSize && riseT[i] <= peakT; i++) {
            maxSlope = Math.max(maxSlope, (riseM[i] - lastM) / (riseT[i] - lastT));
            lastT = riseT[i];
            lastM = riseM[i];
            rise++;
        }
        if (maxSlope < th.minImpactSlopeGPerS()) {
            return; // too slow for an impact: an arm swing or a soft dip, not a landing
        }
        landings.add(new Landing(takeoff, touchdown, level, median, peak, peakT, rise, maxSlope, maxAbsAxis,
                pushoffPeak, cutByGap));
    }

    /** First fall through {@code level}: between the sample before the lull and the lull's samples. */
    private double takeoffCrossing(double level) {
        double t0 = beforeT;
        double m0 = beforeM;
        for (int i = 0; i < lullSizeAtTouchdown; i++) {
            if (lullM[i] < level) {
                return interpolate(t0, m0, lullT[i], lullM[i], level);
            }
            t0 = lullT[i];
            m0 = lullM[i];
        }
        return lullT[0];
    }

    /** Last rise through {@code level}: between the lull's last sample below it and the sample after it. */
    private double touchdownCrossing(double level) {
        for (int i = lullSizeAtTouchdown - 1; i >= 0; i--) {
            if (lullM[i] < level) {
                double t1 = i + 1 < lullSizeAtTouchdown ? lullT[i + 1] : riseT[0];
                double m1 = i + 1 < lullSizeAtTouchdown ? lullM[i + 1] : riseM[0];
                return interpolate(lullT[i], lullM[i], t1, m1, level);
            }
        }
        return tdThresholdT;
    }

    private static double interpolate(double t0, double m0, double t1, double m1, double level) {
        if (m1 == m0) {
            return t1;
        }
        double f = (level - m0) / (m1 - m0);
        return t0 + Math.max(0, Math.min(1, f)) * (t1 - t0);
    }

    private static double median(double[] values, int n) {
        double[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return n % 2 == 1 ? copy[n / 2] : 0.5 * (copy[n / 2 - 1] + copy[n / 2]);
    }

    private void remember(double t, double m) {
        havePrev = true;
        prevT = t;
        prevM = m;
        int cap = histT.length;
        int idx = (histHead + histSize) % cap;
        if (histSize == cap) {
            histHead = (histHead + 1) % cap;
        } else {
            histSize++;
        }
        histT[idx] = t;
        histM[idx] = m;
    }

    private double historyMax(double fromT) {
        double max = 0;
        int cap = histT.length;
        for (int k = 0; k < histSize; k++) {
            int i = (histHead + k) % cap;
            if (histT[i] >= fromT) {
                max = Math.max(max, histM[i]);
            }
        }
        return max;
    }
}
