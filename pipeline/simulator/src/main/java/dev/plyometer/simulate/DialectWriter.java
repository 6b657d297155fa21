package dev.plyometer.simulate;

import java.io.IOException;
import java.io.Writer;

/**
 * The common part of the app and device dialect writers: a header (line, block or nothing), then one line per row
 * built by the dialect. Rows arrive in g with times since the first row; each dialect converts to its own units,
 * clock and layout.
 */
abstract class DialectWriter implements ExportWriter {
    private final Writer out;
    protected final LineBuilder line = new LineBuilder();
    /** Wall-clock time of the first row, UTC, nanoseconds since the Unix epoch. */
    protected final long startEpochNanos;
    /** The device's or phone's local clock, ahead of UTC by this many milliseconds. */
    protected final long localOffsetMs;
    protected final double rateHz;
    private long chars;
    private long rows;

    DialectWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        this.out = out;
        this.startEpochNanos = startEpochNanos;
        this.localOffsetMs = localOffsetMinutes * 60_000L;
        this.rateHz = rateHz;
    }

    /** The text before the first row, with its line breaks; may be empty. */
    abstract String header();

    /** Appends row {@code k} (0-based) to {@link #line}, with its line break. */
    abstract void format(long k, long tNanos, double xG, double yG, double zG);

    @Override
    public final void writeHeader() throws IOException {
        String h = header();
        out.write(h);
        chars += h.length();
    }

    @Override
    public final void row(long tNanos, double xG, double yG, double zG) throws IOException {
        line.clear();
        format(rows, tNanos, xG, yG, zG);
        chars += line.writeTo(out);
        rows++;
    }

    @Override
    public final long charsWritten() {
        return chars;
    }

    @Override
    public final long rowsWritten() {
        return rows;
    }

    /** UTC milliseconds since the epoch of a row. */
    final long epochMs(long tNanos) {
        return Math.floorDiv(startEpochNanos + tNanos, LineBuilder.NANOS_PER_MS);
    }

    /** The local wall clock's milliseconds (as if UTC) of a row. */
    final long localMs(long tNanos) {
        return epochMs(tNanos) + localOffsetMs;
    }

    /** {@code +0100} for the local offset. */
    final String offsetHhmm() {
        long minutes = Math.abs(localOffsetMs / 60_000L);
        return (localOffsetMs < 0 ? "-" : "+") + two(minutes / 60) + two(minutes % 60);
    }

    static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }
}
