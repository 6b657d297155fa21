package dev.plyometer.simulate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Writes rows as CSV text to a {@link Writer}, one row at a time: nothing is held but one line. Numbers are formatted
 * by hand (fixed decimals, round half up, no negative zero, no locale), so the bytes depend only on the values.
 * Lines end with {@code \n}; the text is ASCII, so characters written equal bytes.
 */
final class CsvExportWriter implements RowSink {
    private static final long NANOS_PER_MS = 1_000_000L;
    private static final long MS_PER_DAY = 86_400_000L;

    private final Writer out;
    private final ExportFormat format;
    private final long startEpochNanos;
    private final char delimiter;
    private final char point;
    private final double perG;
    private final int decimals;
    private final long scale;
    private final char[] line = new char[160];
    private int length;
    private long chars;
    private long rows;
    private long cachedDay = Long.MIN_VALUE;
    private final char[] dayPrefix = new char[11];

    /** @param startEpochNanos wall-clock time of the first sample, nanoseconds since the Unix epoch (UTC) */
    CsvExportWriter(Writer out, ExportFormat format, long startEpochNanos) {
        this.out = out;
        this.format = format;
        this.startEpochNanos = startEpochNanos;
        this.delimiter = format.delimiter();
        this.point = format.decimalComma() ? ',' : '.';
        this.perG = format.units().perG();
        this.decimals = format.decimals();
        long s = 1;
        for (int i = 0; i < decimals; i++) {
            s *= 10;
        }
        this.scale = s;
    }

    void writeHeader() throws IOException {
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
        length = 0;
        appendTime(tNanos);
        line[length++] = delimiter;
        appendFixed(xG * perG);
        line[length++] = delimiter;
        appendFixed(yG * perG);
        line[length++] = delimiter;
        appendFixed(zG * perG);
        line[length++] = '\n';
        out.write(line, 0, length);
        chars += length;
        rows++;
    }

    /** Characters (= bytes) written so far, header included. */
    long charsWritten() {
        return chars;
    }

    long rowsWritten() {
        return rows;
    }

    private void appendTime(long tNanos) {
        long epochNanos = startEpochNanos + tNanos;
        switch (format.time()) {
            case EPOCH_MS -> appendLong(Math.floorDiv(epochNanos, NANOS_PER_MS));
            case EPOCH_NS -> appendLong(epochNanos);
            case EPOCH_S -> appendMillisAsSeconds(Math.floorDiv(epochNanos, NANOS_PER_MS));
            case SECONDS_SINCE_START -> appendMillisAsSeconds(Math.floorDiv(tNanos, NANOS_PER_MS));
            case ISO_UTC -> {
                appendIso(Math.floorDiv(epochNanos, NANOS_PER_MS));
                line[length++] = 'Z';
            }
            case ISO_LOCAL -> appendIso(Math.floorDiv(epochNanos, NANOS_PER_MS)
                    + format.localOffsetMinutes() * 60_000L);
        }
    }

    private void appendMillisAsSeconds(long ms) {
        if (ms < 0) {
            line[length++] = '-';
            ms = -ms;
        }
        appendLong(ms / 1000);
        line[length++] = point;
        appendDigits(ms % 1000, 3);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSS}; the date part is cached per day. */
    private void appendIso(long ms) {
        long day = Math.floorDiv(ms, MS_PER_DAY);
        if (day != cachedDay) {
            String d = LocalDate.ofEpochDay(day) + "T";
            d.getChars(0, d.length(), dayPrefix, 0);
            cachedDay = day;
        }
        System.arraycopy(dayPrefix, 0, line, length, 11);
        length += 11;
        long inDay = ms - day * MS_PER_DAY;
        appendDigits(inDay / 3_600_000L, 2);
        line[length++] = ':';
        appendDigits(inDay / 60_000L % 60, 2);
        line[length++] = ':';
        appendDigits(inDay / 1000 % 60, 2);
        line[length++] = '.';
        appendDigits(inDay % 1000, 3);
    }

    private void appendFixed(double value) {
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            line[length++] = '-';
            scaled = -scaled;
        }
        appendLong(scaled / scale);
        if (decimals > 0) {
            line[length++] = point;
            appendDigits(scaled % scale, decimals);
        }
    }

    private void appendLong(long v) {
        if (v < 0) {
            line[length++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = v; p >= 10; p /= 10) {
            digits++;
        }
        appendDigits(v, digits);
    }

    /** Exactly {@code digits} digits, zero-padded. */
    private void appendDigits(long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            line[length + i] = (char) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
    }
}
