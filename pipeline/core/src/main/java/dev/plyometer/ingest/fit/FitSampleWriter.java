package dev.plyometer.ingest.fit;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleBlock;
import dev.plyometer.ingest.SampleSink;
import dev.plyometer.ingest.SourceInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link AccelMessage}s into samples for a {@link SampleSink}, the same way for every FIT-derived format.
 *
 * <ul>
 *   <li><b>Time.</b> Sample i is at {@code timestamp + timestamp_ms + sample_time_offset[i]} (milliseconds; messages
 *       may share a second). {@code date_time} values below 0x10000000 are system time: mapped to UTC through the
 *       file's {@code timestamp_correlation} when it has one, else read as a relative clock. The clock is decided by
 *       the first message; a later message on another clock is skipped with a warning.</li>
 *   <li><b>Values</b>, per sample, the first that is valid: {@code calibrated_accel_*} (g), then
 *       {@code compressed_calibrated_accel_*} / 1000, then raw counts through the calibration in force
 *       ({@link FitContext#calibrationFor}). Invalid markers arrive here as NaN and are skipped.</li>
 * </ul>
 */
public final class FitSampleWriter {
    static final int BLOCK_SIZE = 8192;
    public static final int MAX_WARNINGS = 20;
    /** FIT {@code date_time} is a uint32. */
    static final long MAX_FIT_SECONDS = 0xFFFFFFFFL;
    /** {@code timestamp_ms} and {@code sample_time_offset} are uint16 milliseconds. */
    static final long MAX_MS = 0xFFFF;

    private enum Clock { UTC, MAPPED, RELATIVE }

    private final String file;
    private String format;
    private final boolean lineRefs;
    private final FitContext context;
    private final SampleSink sink;
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final SampleBlock block = new SampleBlock(BLOCK_SIZE);
    private final float[] cal = new float[3];
    private final double[] v = new double[3];

    private String timeEncoding = "fit-date-time";
    private Clock clock;
    private long messages;
    private long samples;
    private long skippedMessages;
    private long skippedSamples;
    private long moreWarnings;
    private boolean warnedNoCalibration;
    private boolean warnedClock;

    /**
     * @param file     the name messages use
     * @param format   {@link SourceInfo#format()}, for example {@code fit}
     * @param lineRefs true when positions are text lines ({@code file:LINE:}), false for FIT records
     */
    public FitSampleWriter(String file, String format, boolean lineRefs, FitContext context, SampleSink sink) {
        this.file = file;
        this.format = format;
        this.lineRefs = lineRefs;
        this.context = context;
        this.sink = sink;
    }

    /** The dialect, when a reader learns it only as it reads; before the first sample. */
    public void format(String format) {
        this.format = format;
    }

    /** Text dialects: how times are written ({@code iso-8601}, {@code fit-seconds}); before the first sample. */
    public void timeEncoding(String label) {
        this.timeEncoding = label;
    }

    /** Something to tell the user, before the first sample. */
    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    public boolean begun() {
        return clock != null;
    }

    public long samples() {
        return samples;
    }

    public long messages() {
        return messages;
    }

    /**
     * True when {@code m} needs a calibration or a correlation that has not been seen yet and may come later in the
     * file: the reader should make a first pass for them, then start again. Only asked before the first sample.
     */
    public boolean needsFirstPass(AccelMessage m) {
        if (context.complete() || begun()) {
            return false;
        }
        boolean rawOnly = !m.hasCalibrated() && !m.hasCompressed() && m.hasRaw();
        boolean system = m.timestamp != FitTime.NONE && FitTime.isSystemTime(m.timestamp);
        return rawOnly && context.calibrationCount() == 0 || system && context.correlation() == null;
    }

    /** A problem at {@code ref} (a line or a record number): one line, capped at {@link #MAX_WARNINGS}. */
    public void warn(long ref, String problem) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(where(ref) + problem);
        } else {
            moreWarnings++;
        }
    }

    /** {@code file:LINE: } or {@code file: record N: }. */
    public String where(long ref) {
        if (ref <= 0) {
            return file + ": ";
        }
        return lineRefs ? file + ":" + ref + ": " : file + ": record " + ref + ": ";
    }

    /** Converts and hands over the samples of one message; {@code ref} is its line or record number. */
    public void accept(AccelMessage m, long ref) {
        messages++;
        if (m.timestamp == FitTime.NONE) {
            skip(ref, "accelerometer_data without a valid timestamp; message skipped");
            return;
        }
        if (m.timestamp < 0 || m.timestamp > MAX_FIT_SECONDS || m.timestampMs < 0 || m.timestampMs > MAX_MS) {
            skip(ref, "accelerometer_data timestamp " + m.timestamp + " s + " + m.timestampMs
                    + " ms is outside FIT's range; message skipped");
            return;
        }
        int n = m.offsetCount;
        int values = m.valueCount();
        if (values == 0) {
            skip(ref, "accelerometer_data without acceleration values; message skipped");
            return;
        }
        if (n == 0) {
            if (values != 1) {
                skip(ref, "accelerometer_data with " + values + " samples but no sample_time_offset; message skipped");
                return;
            }
            n = 1;
            m.offsets[0] = 0;
        }
        if (m.offsetCount > 0 && values > m.offsetCount) {
            warn(ref, (values - m.offsetCount) + " values beyond the " + m.offsetCount
                    + " sample_time_offset entries; skipped");
        }
        if (m.truncated) {
            warn(ref, "arrays longer than " + AccelMessage.MAX_SAMPLES + " values; the rest is skipped");
        }
        boolean system = FitTime.isSystemTime(m.timestamp);
        Clock kind = !system ? Clock.UTC : context.correlation() != null ? Clock.MAPPED : Clock.RELATIVE;
        if (clock != null && kind != clock && !(clock == Clock.UTC && kind == Clock.MAPPED)
                && !(clock == Clock.MAPPED && kind == Clock.UTC)) {
            if (!warnedClock) {
                warnedClock = true;
                warn(ref, "timestamp " + m.timestamp + " is on another clock than the messages before it ("
                        + (system ? "system time" : "UTC") + "); such messages are skipped");
            }
            skippedMessages++;
            return;
        }
        long baseMs = m.timestamp * 1000L + m.timestampMs;
        FitCalibration calibration = null;
        boolean lookedUp = false;
        int skippedHere = 0;
        for (int i = 0; i < n; i++) {
            double offset = i < m.offsetCount || m.offsetCount == 0 ? m.offsets[i] : Double.NaN;
            if (!(offset >= 0 && offset <= MAX_MS)) { // NaN (invalid) or beyond a uint16
                skippedHere++;
                continue;
            }
            if (!lookedUp && needsCalibration(m, i)) {
                calibration = context.calibrationFor(m.timestamp);
                lookedUp = true;
            }
            String representation = values(m, i, calibration);
            if (representation == null) {
                skippedHere++;
                continue;
            }
            long ms = baseMs + (long) offset;
            long epochMs = switch (kind) {
                case UTC -> FitTime.FIT_EPOCH_S * 1000L + ms;
                case MAPPED -> context.correlation().toEpochMillis(ms);
                case RELATIVE -> ms;
            };
            if (clock == null) {
                begin(kind, representation, calibration, epochMs);
            }
            block.add(epochMs * 1_000_000L, v[0], v[1], v[2], lineRefs ? ref : 0);
            samples++;
            if (block.isFull()) {
                sink.accept(block);
                block.clear();
            }
        }
        if (skippedHere > 0) {
            skippedSamples += skippedHere;
            if (!m.hasCalibrated() && !m.hasCompressed() && m.hasRaw() && context.calibrationCount() == 0) {
                if (!warnedNoCalibration) {
                    warnedNoCalibration = true;
                    warn(ref, "raw accel_x/y/z counts but no accelerometer three_d_sensor_calibration before them;"
                            + " such samples are skipped");
                }
            } else {
                warn(ref, skippedHere + " of " + n + " samples have no valid time or acceleration; skipped");
            }
            if (skippedHere == n) {
                skippedMessages++;
            }
        }
    }

    private static boolean needsCalibration(AccelMessage m, int i) {
        for (int a = 0; a < 3; a++) {
            if (!(i < m.calibratedCount[a] && !Double.isNaN(m.calibrated[a][i]))
                    && !(i < m.compressedCount[a] && !Double.isNaN(m.compressed[a][i]))) {
                return true;
            }
        }
        return false;
    }

    /** Fills {@link #v} for sample i; returns the representation used, or null when the sample has none. */
    private String values(AccelMessage m, int i, FitCalibration calibration) {
        if (valid(m.calibrated, m.calibratedCount, i)) {
            v[0] = m.calibrated[0][i];
            v[1] = m.calibrated[1][i];
            v[2] = m.calibrated[2][i];
            return "calibrated";
        }
        if (valid(m.compressed, m.compressedCount, i)) {
            v[0] = m.compressed[0][i] / 1000.0;
            v[1] = m.compressed[1][i] / 1000.0;
            v[2] = m.compressed[2][i] / 1000.0;
            return "compressed";
        }
        if (calibration != null && valid(m.raw, m.rawCount, i)) {
            calibration.apply((int) m.raw[0][i], (int) m.raw[1][i], (int) m.raw[2][i], cal);
            v[0] = cal[0];
            v[1] = cal[1];
            v[2] = cal[2];
            return "raw";
        }
        return null;
    }

    private static boolean valid(double[][] values, int[] counts, int i) {
        return i < counts[0] && i < counts[1] && i < counts[2]
                && !Double.isNaN(values[0][i]) && !Double.isNaN(values[1][i]) && !Double.isNaN(values[2][i])
                && !Double.isInfinite(values[0][i]) && !Double.isInfinite(values[1][i])
                && !Double.isInfinite(values[2][i]);
    }

    private void skip(long ref, String problem) {
        skippedMessages++;
        warn(ref, problem);
    }

    private void begin(Clock kind, String representation, FitCalibration calibration, long firstEpochMs) {
        clock = kind;
        String encoding = switch (kind) {
            case UTC -> timeEncoding;
            case MAPPED -> "fit-system-time, mapped to UTC by timestamp_correlation";
            case RELATIVE -> "fit-system-time, relative (no timestamp_correlation)";
        };
        List<String> axes;
        String evidence;
        switch (representation) {
            case "calibrated" -> {
                axes = List.of("calibrated_accel_x", "calibrated_accel_y", "calibrated_accel_z");
                evidence = "FIT profile: calibrated_accel_* are in g";
            }
            case "compressed" -> {
                axes = List.of("compressed_calibrated_accel_x", "compressed_calibrated_accel_y",
                        "compressed_calibrated_accel_z");
                evidence = "FIT profile: compressed_calibrated_accel_* are in milli-g; divided by 1000";
            }
            default -> {
                axes = List.of("accel_x", "accel_y", "accel_z");
                evidence = "raw counts through three_d_sensor_calibration (" + calibration.describe() + ")";
            }
        }
        if (context.calibrationCount() > 1) {
            note(context.calibrationCount() + " accelerometer calibrations: each sample uses the latest at or "
                    + "before it");
        }
        if (context.droppedCalibrations() > 0) {
            note(context.droppedCalibrations() + " calibrations beyond the first " + FitContext.MAX_CALIBRATIONS
                    + " ignored");
        }
        boolean absolute = kind != Clock.RELATIVE;
        sink.begin(new SourceInfo(file, format, "timestamp + timestamp_ms + sample_time_offset", encoding, absolute,
                absolute ? FitTime.instantOfEpochNanos(firstEpochMs * 1_000_000L) : null, axes,
                "g", evidence, notes));
    }

    /**
     * Flushes the last block and ends the import.
     *
     * @param bytes bytes read
     * @throws ImportException when no sample could be read at all
     */
    public ImportStats finish(long bytes) {
        if (clock == null) {
            String why = messages == 0 ? "no accelerometer_data (message 165) in the file"
                    : "none of its " + messages + " accelerometer_data messages has a readable sample"
                    + (warnings.isEmpty() ? "" : " (first problem: " + warnings.get(0) + ")");
            throw new ImportException(file, 0, "expected accelerometer samples: " + why);
        }
        if (block.size() > 0) {
            sink.accept(block);
            block.clear();
        }
        List<String> all = new ArrayList<>(warnings);
        if (moreWarnings > 0) {
            all.add(file + ": " + moreWarnings + " more warnings; the first " + warnings.size() + " are listed above");
        }
        if (skippedSamples > 0) {
            all.add(file + ": " + skippedSamples + " samples skipped in all");
        }
        ImportStats stats = new ImportStats(bytes, messages, samples, skippedMessages, all);
        sink.end(stats);
        return stats;
    }
}
