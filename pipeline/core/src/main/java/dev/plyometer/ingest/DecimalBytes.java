package dev.plyometer.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes, without creating a {@code String}.
 *
 * <p>Doubles: digits go into a {@code long} mantissa with a decimal exponent; when the mantissa is at most 2^53 and
 * the exponent at most 22 in size, both are exact doubles and one IEEE multiplication or division gives the
 * correctly rounded result (Clinger's fast path), which is what {@link Double#parseDouble} returns. Anything else
 * (long mantissas, large exponents, hex, {@code NaN}, trailing {@code d}) goes to {@code Double.parseDouble}, so
 * results are bit-identical to it in every case.
 *
 * <p>Scaled integers (times): the same digits are scaled by a power of ten to whole nanoseconds in {@code long}
 * arithmetic, rounding half away from zero like {@link TimeText#numberNanos}; no double is involved, so epoch
 * nanoseconds keep all 19 digits.
 *
 * <p>The {@code scan} methods read a number where it starts and stop at the first byte that cannot continue it, so
 * that a reader can parse a cell and find its end in one pass; an instance holds their results.
 */
final class DecimalBytes {

    /** Returned by the scaled parser when it leaves a token to the general parser. Never a fast result. */
    static final long NOT_FAST = Long.MIN_VALUE;

    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** A long holds any 18 digits; more go to the general parsers. */
    private static final int MAX_DIGITS = 18;
    private static final int MAX_EXPONENT_DIGITS = 6;
    private static final double[] POW10 = new double[23];
    static final long[] LONG_POW10 = new long[19];

    static {
        double d = 1;
        for (int i = 0; i < POW10.length; i++, d *= 10) {
            POW10[i] = d; // exact: 10^22 = 2^22 * 5^22 and 5^22 < 2^53
        }
        long l = 1;
        for (int i = 0; i < LONG_POW10.length; i++, l *= 10) {
            LONG_POW10[i] = l;
        }
    }

    /** The result of the last {@link #scanDouble}: the exact value, or NaN when {@code Double.parseDouble} must decide. */
    double value;
    /** The result of the last {@link #scanScaled}, or {@link #NOT_FAST}. */
    long scaled;

    // scanDouble and scanScaled read digits the same way, written out twice on purpose: sharing one scanner that
    // leaves mantissa and exponent in fields made the fast reader ~15 % slower (A/B on a 200 MB file).

    /**
     * Reads {@code [+-]digits[.digits][e[+-]digits]} from {@code from}, no further than {@code limit}, and sets
     * {@link #value}.
     *
     * @return the index of the first byte after the number
     */
    int scanDouble(byte[] b, int from, int limit) {
        int p = from;
        boolean negative = false;
        if (p < limit && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        long mantissa = 0;
        int digitsStart = p;
        for (; p < limit; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            mantissa = mantissa * 10 + d; // may overflow past 18 digits; such numbers are not used below
        }
        int digits = p - digitsStart;
        int exponent = 0;
        if (p < limit && b[p] == '.') {
            int fractionStart = ++p;
            for (; p < limit; p++) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                mantissa = mantissa * 10 + d;
            }
            digits += p - fractionStart;
            exponent = fractionStart - p;
        }
        boolean exact = digits > 0 && digits <= MAX_DIGITS;
        if (digits > 0 && p < limit && (b[p] | 0x20) == 'e') {
            int end = exponentEnd(b, p + 1, limit);
            if (end > 0) {
                exact &= end - p <= MAX_EXPONENT_DIGITS + 2;
                exponent += exact ? exponentValue(b, p + 1, end) : 0;
                p = end;
            }
        }
        if (!exact) {
            value = Double.NaN;
        } else if (mantissa == 0) {
            value = negative ? -0.0 : 0.0;
        } else if (mantissa <= MAX_EXACT_MANTISSA && exponent >= -22 && exponent <= 22) {
            double v = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
            value = negative ? -v : v;
        } else {
            value = Double.NaN;
        }
        return p;
    }

    /**
     * Reads a number like {@link #scanDouble} and sets {@link #scaled} to {@code round(value * 10^scale)}, half away
     * from zero, for example whole nanoseconds from seconds with {@code scale = 9}.
     *
     * @return the index of the first byte after the number
     */
    int scanScaled(byte[] b, int from, int limit, int scale) {
        int p = from;
        boolean negative = false;
        if (p < limit && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        long mantissa = 0;
        int digitsStart = p;
        for (; p < limit; p++) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            mantissa = mantissa * 10 + d;
        }
        int digits = p - digitsStart;
        int exponent = 0;
        if (p < limit && b[p] == '.') {
            int fractionStart = ++p;
            for (; p < limit; p++) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                mantissa = mantissa * 10 + d;
            }
            digits += p - fractionStart;
            exponent = fractionStart - p;
        }
        // 19 digits (epoch nanoseconds) fit below 2^64; a signed overflow shows as a negative mantissa.
        boolean exact = digits > 0 && (digits <= MAX_DIGITS || digits == MAX_DIGITS + 1 && mantissa >= 0);
        if (digits > 0 && p < limit && (b[p] | 0x20) == 'e') {
            int end = exponentEnd(b, p + 1, limit);
            if (end > 0) {
                exact &= end - p <= MAX_EXPONENT_DIGITS + 2;
                exponent += exact ? exponentValue(b, p + 1, end) : 0;
                p = end;
            }
        }
        scaled = exact ? scale(mantissa, exponent + scale, negative) : NOT_FAST;
        return p;
    }

    private static long scale(long mantissa, int shift, boolean negative) {
        if (mantissa == 0) {
            return 0;
        }
        long q;
        if (shift >= 0) {
            if (shift >= LONG_POW10.length || mantissa > Long.MAX_VALUE / LONG_POW10[shift]) {
                return NOT_FAST;
            }
            q = mantissa * LONG_POW10[shift];
        } else {
            if (-shift >= LONG_POW10.length) {
                return NOT_FAST;
            }
            long divisor = LONG_POW10[-shift];
            q = mantissa / divisor;
            long remainder = mantissa - q * divisor;
            if (remainder >= divisor - remainder) {
                q++; // half away from zero, applied to the magnitude
            }
        }
        return negative ? -q : q;
    }

    /** The end of {@code [+-]digits} starting at {@code from}, or -1 when there is no digit. */
    private static int exponentEnd(byte[] b, int from, int limit) {
        int p = from;
        if (p < limit && (b[p] == '-' || b[p] == '+')) {
            p++;
        }
        int digitsStart = p;
        while (p < limit && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p > digitsStart ? p : -1;
    }

    private static int exponentValue(byte[] b, int from, int to) {
        int p = from;
        boolean negative = b[p] == '-';
        if (b[p] == '-' || b[p] == '+') {
            p++;
        }
        int e = 0;
        for (; p < to; p++) {
            e = e * 10 + (b[p] - '0');
        }
        return negative ? -e : e;
    }

    /**
     * Parses {@code b[from, to)} like {@code Double.parseDouble} (which also ignores surrounding whitespace).
     *
     * @return the value, or {@code NaN} when the text is not a number
     */
    static double parseDouble(byte[] b, int from, int to) {
        int start = trimStart(b, from, to);
        int end = trimEnd(b, start, to);
        DecimalBytes scanner = new DecimalBytes();
        if (scanner.scanDouble(b, start, end) == end && !Double.isNaN(scanner.value)) {
            return scanner.value;
        }
        try {
            // Only ASCII text can be a number, and for ASCII ISO-8859-1 decodes exactly like UTF-8.
            return Double.parseDouble(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Parses {@code b[from, to)} (already trimmed) like {@link #scanScaled}.
     *
     * @return the scaled value, or {@link #NOT_FAST} when the token needs the general parser (it may still be valid)
     */
    static long parseScaled(byte[] b, int from, int to, int scale) {
        DecimalBytes scanner = new DecimalBytes();
        return scanner.scanScaled(b, from, to, scale) == to ? scanner.scaled : NOT_FAST;
    }

    static int trimStart(byte[] b, int from, int to) {
        int p = from;
        while (p < to && (b[p] & 0xFF) <= ' ') {
            p++;
        }
        return p;
    }

    static int trimEnd(byte[] b, int from, int to) {
        int p = to;
        while (p > from && (b[p - 1] & 0xFF) <= ' ') {
            p--;
        }
        return p;
    }
}
