package dev.plyometer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A date-time layout written with {@code y M d H m s S} letters, as device headers state them ({@code M/d/yyyy},
 * {@code dd/MM/yyyy}) or as exports write them ({@code yyyy-MM-dd HH:mm:ss:SSS}, GENEActiv's colon before the
 * milliseconds; {@code HH:mm:ss:SSS}, a clock time without a date). Parses bytes directly, so the fast and the
 * general reader share one parser and cannot disagree.
 *
 * <p>Numeric fields accept one digit more or fewer than written ({@code M} reads {@code 3} and {@code 12}); the
 * fraction ({@code S…}) takes 1–9 digits and may be left out together with the separator before it. A layout
 * without a date gives nanoseconds since midnight; with one, nanoseconds since the epoch, reading the wall time as
 * UTC (callers add an offset when the zone is known).
 */
final class TimePattern {
    private enum Field { YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, FRACTION, LITERAL }

    private record Part(Field field, char literal) {
    }

    private final String text;
    private final List<Part> parts;
    private final boolean hasDate;

    private TimePattern(String text, List<Part> parts, boolean hasDate) {
        this.text = text;
        this.parts = List.copyOf(parts);
        this.hasDate = hasDate;
    }

    /**
     * @throws IllegalArgumentException when the layout has letters other than {@code y M d H m s S}, or lacks
     *                                  hours, minutes and seconds, or has part of a date
     */
    static TimePattern compile(String pattern) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        boolean[] seen = new boolean[Field.values().length];
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int j = i;
            while (j < pattern.length() && pattern.charAt(j) == c) {
                j++;
            }
            Field f = switch (c) {
                case 'y' -> Field.YEAR;
                case 'M' -> Field.MONTH;
                case 'd' -> Field.DAY;
                case 'H', 'h' -> Field.HOUR;
                case 'm' -> Field.MINUTE;
                case 's' -> Field.SECOND;
                case 'S' -> Field.FRACTION;
                default -> Character.isLetter(c) ? null : Field.LITERAL;
            };
            int run = j - i;
            if (f == null || f == Field.YEAR && run != 4 || f == Field.FRACTION && run > 9
                    || f != Field.YEAR && f != Field.FRACTION && f != Field.LITERAL && run > 2) {
                throw new IllegalArgumentException("unsupported field '" + pattern.substring(i, j) + "' in date layout "
                        + pattern + "; expected yyyy, M or MM, d or dd, H or HH, mm, ss and S… digits");
            }
            if (f == Field.LITERAL) {
                for (int k = i; k < j; k++) {
                    parts.add(new Part(Field.LITERAL, c));
                }
            } else {
                if (seen[f.ordinal()]) {
                    throw new IllegalArgumentException("'" + c + "' twice in date layout " + pattern);
                }
                seen[f.ordinal()] = true;
                parts.add(new Part(f, c));
            }
            i = j;
        }
        boolean date = seen[Field.YEAR.ordinal()] || seen[Field.MONTH.ordinal()] || seen[Field.DAY.ordinal()];
        boolean fullDate = seen[Field.YEAR.ordinal()] && seen[Field.MONTH.ordinal()] && seen[Field.DAY.ordinal()];
        if (date && !fullDate || !seen[Field.HOUR.ordinal()] || !seen[Field.MINUTE.ordinal()]
                || !seen[Field.SECOND.ordinal()]) {
            throw new IllegalArgumentException("date layout " + pattern + " needs a whole date (y, M, d) or none, "
                    + "and hours, minutes and seconds");
        }
        return new TimePattern(pattern, parts, date);
    }

    /** A date layout ({@code M/d/yyyy}) followed by a space and {@code HH:mm:ss.SSS}. */
    static TimePattern dateAndTime(String dateLayout) {
        return compile(dateLayout + " HH:mm:ss.SSS");
    }

    String text() {
        return text;
    }

    boolean hasDate() {
        return hasDate;
    }

    /** Parses text; throws {@link java.time.DateTimeException} when it does not fit, like {@link TimeText}. */
    long parse(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        long v = parse(b, 0, b.length);
        if (v == DecimalBytes.NOT_FAST) {
            throw new java.time.DateTimeException("not a " + text + " time: " + value);
        }
        return v;
    }

    /**
     * Parses {@code b[from, to)}, ignoring surrounding whitespace.
     *
     * @return nanoseconds (since the epoch, or since midnight without a date), or {@link DecimalBytes#NOT_FAST} when
     *     the bytes do not fit the layout or name no real date and time
     */
    long parse(byte[] b, int from, int to) {
        int p = DecimalBytes.trimStart(b, from, to);
        int end = DecimalBytes.trimEnd(b, p, to);
        int year = 1970;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        long nanos = 0;
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            if (part.field == Field.LITERAL) {
                if (p == end && k + 1 < parts.size() && parts.get(k + 1).field == Field.FRACTION
                        && k + 2 == parts.size()) {
                    break; // the fraction and its separator may be left out
                }
                if (p >= end || b[p] != part.literal) {
                    return DecimalBytes.NOT_FAST;
                }
                p++;
                continue;
            }
            int max = part.field == Field.YEAR ? 4 : part.field == Field.FRACTION ? 9 : 2;
            int start = p;
            long value = 0;
            while (p < end && p - start < max && b[p] >= '0' && b[p] <= '9') {
                value = value * 10 + (b[p++] - '0');
            }
            int digits = p - start;
            if (digits == 0 || part.field == Field.YEAR && digits != 4 || p < end && b[p] >= '0' && b[p] <= '9') {
                return DecimalBytes.NOT_FAST;
            }
            switch (part.field) {
                case YEAR -> year = (int) value;
                case MONTH -> month = (int) value;
                case DAY -> day = (int) value;
                case HOUR -> hour = (int) value;
                case MINUTE -> minute = (int) value;
                case SECOND -> second = (int) value;
                default -> nanos = value * DecimalBytes.LONG_POW10[9 - digits];
            }
        }
        if (p != end || month < 1 || month > 12 || day < 1 || day > IsoBytes.lengthOfMonth(year, month) || hour > 23
                || minute > 59 || second > 59 || year < 1678 || year > 2261) {
            return DecimalBytes.NOT_FAST;
        }
        long seconds = (hasDate ? IsoBytes.daysFromCivil(year, month, day) * 86_400L : 0)
                + hour * 3600L + minute * 60L + second;
        return seconds * 1_000_000_000L + nanos;
    }

    @Override
    public String toString() {
        return text;
    }
}
