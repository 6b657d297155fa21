package dev.plyometer.simulate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One line of export text, built by hand in a reusable char buffer: fixed decimals (round half up, no negative
 * zero), scientific notation, integers, and date-time fields. No locale, no {@code String.format}, so the bytes
 * depend only on the values. Text is ASCII, so characters written equal bytes.
 */
final class LineBuilder {
    static final long NANOS_PER_MS = 1_000_000L;
    static final long MS_PER_DAY = 86_400_000L;

    private char[] line = new char[256];
    private int length;
    private long cachedDay = Long.MIN_VALUE;
    private final int[] ymd = new int[3];

    LineBuilder clear() {
        length = 0;
        return this;
    }

    int length() {
        return length;
    }

    /** The line so far, as text (for headers). */
    String toText() {
        return new String(line, 0, length);
    }

    /** Writes the line and returns its length in characters. */
    int writeTo(Writer out) throws IOException {
        out.write(line, 0, length);
        return length;
    }

    LineBuilder append(char c) {
        ensure(1);
        line[length++] = c;
        return this;
    }

    LineBuilder append(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), line, length);
        length += s.length();
        return this;
    }

    /** {@code value} with exactly {@code decimals} decimals, rounded half up; never {@code -0}. */
    LineBuilder fixed(double value, int decimals, char point) {
        long scale = DecimalPowers.LONG[decimals];
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            append('-');
            scaled = -scaled;
        }
        integer(scaled / scale);
        if (decimals > 0) {
            append(point);
            digits(scaled % scale, decimals);
        }
        return this;
    }

    LineBuilder fixed(double value, int decimals) {
        return fixed(value, decimals, '.');
    }

    /**
     * Scientific notation as phyphox writes it: {@code 4.524874996E-3}, {@code -1.030906219E0}, with
     * {@code significant} significant digits (rounded half up on the exact binary value; {@code 0.000000000E0}).
     */
    LineBuilder scientific(double value, int significant) {
        if (value == 0) {
            append('0').append('.');
            for (int i = 1; i < significant; i++) {
                append('0');
            }
            return append("E0");
        }
        BigDecimal v = new BigDecimal(value).round(new MathContext(significant, RoundingMode.HALF_UP));
        String digits = v.unscaledValue().abs().toString();
        while (digits.length() < significant) {
            digits += "0";
        }
        digits = digits.substring(0, significant);
        int exponent = v.precision() - v.scale() - 1;
        if (v.signum() < 0) {
            append('-');
        }
        append(digits.charAt(0)).append('.').append(digits.substring(1)).append('E');
        return integer(exponent);
    }

    LineBuilder integer(long v) {
        if (v < 0) {
            append('-');
            v = -v;
        }
        int n = 1;
        for (long p = v; p >= 10; p /= 10) {
            n++;
        }
        return digits(v, n);
    }

    /** Exactly {@code count} digits, zero-padded. */
    LineBuilder digits(long v, int count) {
        ensure(count);
        for (int i = count - 1; i >= 0; i--) {
            line[length + i] = (char) ('0' + v % 10);
            v /= 10;
        }
        length += count;
        return this;
    }

    /** {@code yyyy-MM-dd}, {@code d/M/yyyy}-style date parts are written by the callers from these fields. */
    int[] date(long epochMs) {
        long day = Math.floorDiv(epochMs, MS_PER_DAY);
        if (day != cachedDay) {
            LocalDate d = LocalDate.ofEpochDay(day);
            ymd[0] = d.getYear();
            ymd[1] = d.getMonthValue();
            ymd[2] = d.getDayOfMonth();
            cachedDay = day;
        }
        return ymd;
    }

    /** {@code yyyy-MM-dd} then {@code separator}. */
    LineBuilder isoDate(long epochMs, char separator) {
        int[] d = date(epochMs);
        return digits(d[0], 4).append('-').digits(d[1], 2).append('-').digits(d[2], 2).append(separator);
    }

    /** {@code HH:mm:ss} then {@code fractionSeparator} and milliseconds. */
    LineBuilder clock(long epochMs, char fractionSeparator) {
        long inDay = Math.floorMod(epochMs, MS_PER_DAY);
        digits(inDay / 3_600_000L, 2).append(':').digits(inDay / 60_000L % 60, 2).append(':')
                .digits(inDay / 1000 % 60, 2);
        return append(fractionSeparator).digits(inDay % 1000, 3);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSS} (or with a space instead of {@code T}). */
    LineBuilder isoDateTime(long epochMs, char dateTimeSeparator) {
        return isoDate(epochMs, dateTimeSeparator).clock(epochMs, '.');
    }

    private void ensure(int more) {
        if (length + more > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + more));
        }
    }

    /** Powers of ten as longs. */
    static final class DecimalPowers {
        static final long[] LONG = new long[19];

        static {
            long p = 1;
            for (int i = 0; i < LONG.length; i++, p *= 10) {
                LONG[i] = p;
            }
        }

        private DecimalPowers() {
        }
    }
}
