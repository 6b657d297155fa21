package dev.plyometer.ingest;

/**
 * A fixed-layout parser for the ISO-8601 shapes exports actually write:
 * {@code YYYY-MM-DD[T| ]hh:mm:ss[.f{1,9}][ ][Z|±hh:mm|±hhmm]}. It reads digits at known offsets, so it costs a few
 * nanoseconds where {@code java.time} costs hundreds. Any other shape, and any field out of range, is left to
 * {@link TimeText#isoNanos}, which decides; so both agree on every input.
 */
final class IsoBytes {
    private IsoBytes() {
    }

    // Years whose instants fit in long nanoseconds (1677-09-21 .. 2262-04-11), with room for any offset.
    private static final int MIN_YEAR = 1678;
    private static final int MAX_YEAR = 2261;
    private static final int MAX_OFFSET_HOURS = 14;

    /**
     * @return nanoseconds since the epoch (a time without zone is read as UTC), or {@link DecimalBytes#NOT_FAST}
     */
    static long parse(byte[] b, int from, int to) {
        if (to - from < 19 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 13] != ':' || b[from + 16] != ':') {
            return DecimalBytes.NOT_FAST;
        }
        byte separator = b[from + 10];
        if (separator != 'T' && separator != 't' && separator != ' ') {
            return DecimalBytes.NOT_FAST;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return DecimalBytes.NOT_FAST;
        }
        int p = from + 19;
        long nanos = 0;
        if (p < to && b[p] == '.') {
            int fractionStart = ++p;
            while (p < to && p - fractionStart < 9 && isDigit(b[p])) {
                nanos = nanos * 10 + (b[p++] - '0');
            }
            int n = p - fractionStart;
            if (n == 0 || p < to && isDigit(b[p])) {
                return DecimalBytes.NOT_FAST;
            }
            nanos *= DecimalBytes.LONG_POW10[9 - n];
        }
        int offsetSeconds = 0;
        if (p < to && b[p] == ' ') {
            p++; // "2018-01-19 17:46:25.839 +0100" (SensorLog); a zone must follow
            if (p == to) {
                return DecimalBytes.NOT_FAST;
            }
        }
        if (p < to) {
            byte z = b[p];
            if (z == 'Z' || z == 'z') {
                p++;
            } else if (z == '+' || z == '-') {
                int hours = to - p >= 3 ? digits(b, p + 1, 2) : -1;
                int minutes;
                if (to - p == 6 && b[p + 3] == ':') {
                    minutes = digits(b, p + 4, 2);
                } else if (to - p == 5) {
                    minutes = digits(b, p + 3, 2);
                } else {
                    return DecimalBytes.NOT_FAST;
                }
                if (hours < 0 || hours > MAX_OFFSET_HOURS || minutes < 0 || minutes > 59) {
                    return DecimalBytes.NOT_FAST;
                }
                offsetSeconds = (hours * 3600 + minutes * 60) * (z == '-' ? -1 : 1);
                p = to;
            }
            if (p != to) {
                return DecimalBytes.NOT_FAST;
            }
        }
        long seconds = daysFromCivil(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second - offsetSeconds;
        return seconds * 1_000_000_000L + nanos;
    }

    /** Reads {@code count} ASCII digits; -1 when any is not a digit. */
    private static int digits(byte[] b, int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }
}
