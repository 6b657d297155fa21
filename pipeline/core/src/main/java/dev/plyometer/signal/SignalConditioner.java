package dev.plyometer.signal;

import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleBlock;
import dev.plyometer.ingest.SampleSink;
import dev.plyometer.ingest.SourceInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an import stream into a clean signal, without holding the recording in memory:
 * <ul>
 *   <li>re-sorts rows that arrive slightly out of order (a window of {@link #REORDER_WINDOW} rows), counts
 *       and drops rows that arrive later than that;</li>
 *   <li>drops exact duplicate rows, and rows that repeat a time with other values (keeping the first);</li>
 *   <li>measures the sample rate as 1 / median interval, first from the first {@link #PREROLL} samples (to know
 *       what a gap is while streaming), then over the whole file;</li>
 *   <li>announces gaps longer than {@code gapFactor} × the nominal interval, never interpolating across them;</li>
 *   <li>finds the clipping level: the largest absolute axis value, when at least {@link #MIN_CLIPPED_SAMPLES}
 *       samples sit exactly on it.</li>
 * </ul>
 */
public final class SignalConditioner implements SampleSink {
    static final int REORDER_WINDOW = 64;
    static final int PREROLL = 2048;
    static final int OUT_BLOCK = 4096;
    public static final int MAX_LISTED_GAPS = 1000;
    static final int MIN_CLIPPED_SAMPLES = 3;
    /**
     * Intervals are differences of rounded seconds and the nominal period a histogram bin: an interval of exactly
     * {@code gapFactor} periods (one missing sample at factor 2) must not become a gap by a rounding error.
     */
    static final double GAP_TOLERANCE = 1e-6;
    /** Below this an axis maximum is ordinary movement, not a sensor range. */
    static final double MIN_CLIPPING_LEVEL_G = 1.5;

    private final SignalListener listener;
    private final double gapFactor;
    private final double knownRangeG;

    // reorder window: a ring sorted by time, oldest at wHead; its size is a power of two
    private final long[] wT = new long[REORDER_WINDOW];
    private final double[] wX = new double[REORDER_WINDOW];
    private final double[] wY = new double[REORDER_WINDOW];
    private final double[] wZ = new double[REORDER_WINDOW];
    private int wHead;
    private int wSize;

    // last released sample, to recognise late rows and duplicates across the window
    private boolean released;
    private long lastT;
    private double lastX;
    private double lastY;
    private double lastZ;

    // preroll, in relative seconds, before the nominal period is known
    private final double[] preT = new double[PREROLL];
    private final double[] preM = new double[PREROLL];
    private final double[] preA = new double[PREROLL];
    private int preSize;
    private double nominalPeriodS = Double.NaN;

    private final double[] outT = new double[OUT_BLOCK];
    private final double[] outM = new double[OUT_BLOCK];
    private final double[] outA = new double[OUT_BLOCK];
    private int outSize;

    private final IntervalHistogram intervals = new IntervalHistogram();
    private final List<Gap> gaps = new ArrayList<>();
    private long gapCount;
    private double missingS;
    private long t0;
    private double prevS = Double.NaN;
    private long samples;
    private long duplicateRows;
    private long duplicateTimes;
    private long outOfOrderRows;
    private long droppedLateRows;
    private double maxAbs;
    private double minMagnitude = Double.POSITIVE_INFINITY;
    private double maxMagnitude = Double.NEGATIVE_INFINITY;
    private long atMaxAbs;

    private SourceInfo info;
    private ImportStats importStats;
    private boolean finished;

    /**
     * @param listener    receives the conditioned signal
     * @param gapFactor   an interval longer than this many nominal intervals is a gap
     * @param knownRangeG the sensor's range in g when the user knows it, else {@code NaN} to detect it
     */
    public SignalConditioner(SignalListener listener, double gapFactor, double knownRangeG) {
        this.listener = listener;
        this.gapFactor = gapFactor;
        this.knownRangeG = knownRangeG;
    }

    @Override
    public void begin(SourceInfo sourceInfo) {
        this.info = sourceInfo;
    }

    @Override
    public void accept(SampleBlock block) {
        int n = block.size();
        for (int i = 0; i < n; i++) {
            insert(block.timeNanos[i], block.x[i], block.y[i], block.z[i]);
        }
    }

    @Override
    public void end(ImportStats stats) {
        this.importStats = stats;
        while (wSize > 0) {
            releaseOldest();
        }
        if (Double.isNaN(nominalPeriodS)) {
            flushPreroll();
        }
        flushOut();
        finished = true;
        listener.finish();
    }

    public SourceInfo sourceInfo() {
        return info;
    }

    public ImportStats importStats() {
        return importStats;
    }

    /** The quality summary; valid after {@link #end}. */
    public SignalQuality quality() {
        if (!finished) {
            throw new IllegalStateException("the signal is not finished");
        }
        double median = intervals.median();
        double clipLevel = clippingLevel();
        Instant start = info != null && info.absoluteClock() && samples > 0
                ? Instant.ofEpochSecond(Math.floorDiv(t0, 1_000_000_000L), Math.floorMod(t0, 1_000_000_000L))
                : null;
        return new SignalQuality(start, samples, samples > 0 ? prevS : 0, median > 0 ? 1.0 / median : Double.NaN,
                median, gaps, gapCount, missingS, duplicateRows, duplicateTimes, outOfOrderRows, droppedLateRows,
                clipLevel, Double.isNaN(clipLevel) ? 0 : atMaxAbs, samples > 0 ? minMagnitude : Double.NaN,
                samples > 0 ? maxMagnitude : Double.NaN);
    }

    /** The level at which axes saturate, or NaN: a known range, or a maximum that several samples sit on. */
    public double clippingLevel() {
        if (!Double.isNaN(knownRangeG)) {
            return maxAbs >= knownRangeG - 1e-9 ? knownRangeG : Double.NaN;
        }
        return atMaxAbs >= MIN_CLIPPED_SAMPLES && maxAbs >= MIN_CLIPPING_LEVEL_G ? maxAbs : Double.NaN;
    }

    private void insert(long t, double x, double y, double z) {
        if (released && t <= lastT) {
            if (t == lastT) {
                countDuplicate(x == lastX && y == lastY && z == lastZ);
            } else {
                droppedLateRows++;
            }
            return;
        }
        // the usual case, a row later than all in the window, costs no shifting
        int pos = wSize;
        while (pos > 0 && wT[slot(pos - 1)] > t) {
            pos--;
        }
        if (pos > 0 && wT[slot(pos - 1)] == t) {
            int i = slot(pos - 1);
            countDuplicate(wX[i] == x && wY[i] == y && wZ[i] == z);
            return;
        }
        if (pos < wSize) {
            outOfOrderRows++;
        }
        if (wSize == REORDER_WINDOW) {
            if (pos == 0) {
                // older than everything the window holds: it goes out first
                release(t, x, y, z);
                return;
            }
            releaseOldest();
            pos--;
        }
        for (int k = wSize; k > pos; k--) {
            int to = slot(k);
            int from = slot(k - 1);
            wT[to] = wT[from];
            wX[to] = wX[from];
            wY[to] = wY[from];
            wZ[to] = wZ[from];
        }
        int i = slot(pos);
        wT[i] = t;
        wX[i] = x;
        wY[i] = y;
        wZ[i] = z;
        wSize++;
    }

    /** Index in the window's ring of its {@code k}-th oldest row. */
    private int slot(int k) {
        return (wHead + k) & (REORDER_WINDOW - 1);
    }

    private void countDuplicate(boolean sameValues) {
        if (sameValues) {
            duplicateRows++;
        } else {
            duplicateTimes++;
        }
    }

    private void releaseOldest() {
        int i = wHead;
        wHead = (wHead + 1) & (REORDER_WINDOW - 1);
        wSize--;
        release(wT[i], wX[i], wY[i], wZ[i]);
    }

    private void release(long t, double x, double y, double z) {
        if (!released) {
            t0 = t;
            released = true;
        }
        lastT = t;
        lastX = x;
        lastY = y;
        lastZ = z;
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double az = Math.abs(z);
        double a = Math.max(ax, Math.max(ay, az));
        if (a > maxAbs) {
            maxAbs = a;
            atMaxAbs = 1;
        } else if (a == maxAbs) {
            atMaxAbs++;
        }
        double m = Math.sqrt(x * x + y * y + z * z);
        minMagnitude = Math.min(minMagnitude, m);
        maxMagnitude = Math.max(maxMagnitude, m);
        double s = (t - t0) * 1e-9;
        if (Double.isNaN(nominalPeriodS)) {
            preT[preSize] = s;
            preM[preSize] = m;
            preA[preSize] = a;
            preSize++;
            if (preSize == PREROLL) {
                flushPreroll();
            }
        } else {
            emit(s, m, a);
        }
    }

    private void flushPreroll() {
        IntervalHistogram first = new IntervalHistogram();
        for (int i = 1; i < preSize; i++) {
            first.add(preT[i] - preT[i - 1]);
        }
        double median = first.median();
        nominalPeriodS = median > 0 ? median : Double.POSITIVE_INFINITY;
        listener.start(nominalPeriodS);
        for (int i = 0; i < preSize; i++) {
            emit(preT[i], preM[i], preA[i]);
        }
        preSize = 0;
    }

    private void emit(double s, double m, double a) {
        if (samples > 0) {
            double dt = s - prevS;
            intervals.add(dt);
            if (dt > gapFactor * nominalPeriodS * (1 + GAP_TOLERANCE)) {
                flushOut();
                gapCount++;
                missingS += dt;
                if (gaps.size() < MAX_LISTED_GAPS) {
                    gaps.add(new Gap(prevS, s));
                }
                listener.gap(prevS, s);
            }
        }
        outT[outSize] = s;
        outM[outSize] = m;
        outA[outSize] = a;
        outSize++;
        samples++;
        prevS = s;
        if (outSize == OUT_BLOCK) {
            flushOut();
        }
    }

    private void flushOut() {
        if (outSize > 0) {
            listener.samples(outT, outM, outA, outSize);
            outSize = 0;
        }
    }
}
