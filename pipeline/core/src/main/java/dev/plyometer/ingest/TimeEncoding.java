package dev.plyometer.ingest;

import java.util.Locale;

/**
 * How a time column is written.
 *
 * @param label    the name {@link SourceInfo#timeEncoding()} reports, for example {@code epoch-ms}
 * @param kind     numbers, ISO-8601 date-times, or no column at all (time from a sample rate)
 * @param scale    for numbers: nanoseconds per unit as a power of ten (9 = seconds, 6 = ms, 3 = µs, 0 = ns)
 * @param absolute true when times are on the Unix epoch
 */
record TimeEncoding(String label, Kind kind, int scale, boolean absolute) {

    enum Kind {
        NUMBER, ISO, SAMPLE_RATE
    }

    /** ISO-8601 with {@code Z} or an offset. */
    static final TimeEncoding ISO_ZONED = new TimeEncoding("iso-8601", Kind.ISO, 0, true);
    /** ISO-8601 without a zone; read as UTC. Rows that do carry an offset still honour it. */
    static final TimeEncoding ISO_LOCAL = new TimeEncoding("iso-8601-local", Kind.ISO, 0, true);
    /** No time column: sample n is at n / rate. */
    static final TimeEncoding SAMPLE_RATE = new TimeEncoding("sample-rate", Kind.SAMPLE_RATE, 0, false);

    private static final String[] UNIT_NAMES = {"ns", "", "", "us", "", "", "ms", "", "", "s"};
    private static final String[] SPAN_NAMES = {"nanoseconds", "", "", "microseconds", "", "", "milliseconds", "", "",
            "seconds"};

    static TimeEncoding number(int scale, boolean absolute) {
        String label = absolute ? "epoch-" + UNIT_NAMES[scale] : SPAN_NAMES[scale] + "-since-start";
        return new TimeEncoding(label, Kind.NUMBER, scale, absolute);
    }

    /** Reads a time unit as written in a header ({@code s}, {@code ms}, {@code [ns]}, …); {@code null} if none. */
    static Integer unitScale(String unit) {
        if (unit == null) {
            return null;
        }
        switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "s":
            case "sec":
            case "secs":
            case "second":
            case "seconds":
                return 9;
            case "ms":
            case "msec":
            case "millis":
            case "milliseconds":
                return 6;
            case "us":
            case "µs":
            case "μs":
            case "usec":
            case "micros":
            case "microseconds":
                return 3;
            case "ns":
            case "nsec":
            case "nanos":
            case "nanoseconds":
                return 0;
            default:
                return null;
        }
    }

    static String unitName(int scale) {
        return UNIT_NAMES[scale];
    }
}
