package dev.plyometer.simulate;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the generic CSV ({@code <time>,x,y,z}: a header line naming the columns) to a {@link Writer}, one row at a
 * time: nothing is held but one line. Numbers are formatted by hand (see {@link LineBuilder}), so the bytes depend
 * only on the values. Lines end with {@code \n}.
 */
final class CsvExportWriter implements ExportWriter {
    private static final long NANOS_PER_MS = LineBuilder.NANOS_PER_MS;

    private final Writer out;
    private final ExportFormat format;
    private final long startEpochNanos;
    private final char delimiter;
    private final char point;
    private final double perG;
    private final int decimals;
    private final LineBuilder line = new LineBuilder();
    private long chars;
    private long rows;

    /** @param startEpochNanos wall-clock time of the first sample, nanoseconds since the Unix epoch (UTC) */
    CsvExportWriter(Writer out, ExportFormat format, long startEpochNanos) {
        this.out = out;
        this.format = format;
        this.startEpochNanos = startEpochNanos;
        this.delimiter = format.delimiter();
        this.point = format.decimalComma() ? ',' : '.';
        this.perG = format.units().perG();
        this.decimals = format.decimals();
    }

    @Override
    public void writeHeader() throws IOException {
        StringBuilder h = new StringBuilder(format.timeHeader());
        for (String axis : format.axisHeaders()) {
            h.append(delimiter).append(axis);
        }
        h.append('\n');
        out.write(h.toString());
        chars += h.length();
    }

    @Override
    public void row(long tNanos, double xG, double yG, double zG) throws IOException {
        line.clear();
        appendTime(tNanos);
        line.append(delimiter).fixed(xG * perG, decimals, point);
        line.append(delimiter).fixed(yG * perG, decimals, point);
        line.append(delimiter).fixed(zG * perG, decimals, point);
        line.append('\n');
        chars += line.writeTo(out);
        rows++;
    }

    @Override
    public long charsWritten() {
        return chars;
    }

    @Override
    public long rowsWritten() {
        return rows;
    }

    private void appendTime(long tNanos) {
        long epochNanos = startEpochNanos + tNanos;
        switch (format.time()) {
            case EPOCH_MS -> line.integer(Math.floorDiv(epochNanos, NANOS_PER_MS));
            case EPOCH_NS -> line.integer(epochNanos);
            case EPOCH_S -> millisAsSeconds(Math.floorDiv(epochNanos, NANOS_PER_MS));
            case SECONDS_SINCE_START -> millisAsSeconds(Math.floorDiv(tNanos, NANOS_PER_MS));
            case ISO_UTC -> line.isoDateTime(Math.floorDiv(epochNanos, NANOS_PER_MS), 'T').append('Z');
            case ISO_LOCAL -> line.isoDateTime(Math.floorDiv(epochNanos, NANOS_PER_MS)
                    + format.localOffsetMinutes() * 60_000L, 'T');
        }
    }

    private void millisAsSeconds(long ms) {
        if (ms < 0) {
            line.append('-');
            ms = -ms;
        }
        line.integer(ms / 1000).append(point).digits(ms % 1000, 3);
    }
}
