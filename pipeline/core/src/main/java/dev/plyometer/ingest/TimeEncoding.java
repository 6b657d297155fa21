package dev.plyometer.ingest;

import java.util.Locale;

/**
 * How a time column is written.
 *
 * @param label    the name {@link SourceInfo#timeEncoding()} reports, for example {@code epoch-ms}
 * @param kind     numbers, ISO-8601 date-times, or no column at all (time from a sample rate)
 * @param scale    for numbers: nanoseconds per unit as a power of ten (9 = seconds, 6 = ms, 3 = µs, 0 = ns)
 * @param absolute true when times are on the Unix epoch (possibly after the layout's offset is added)
 * @param pattern  for {@link Kind#PATTERN}: the date-time layout; else {@code null}
 */
record TimeEncoding(String label, Kind kind, int scale, boolean absolute, TimePattern pattern) {

    enum Kind {
        NUMBER, ISO, PATTERN, SAMPLE_RATE
    }

    TimeEncoding(String label, Kind kind, int scale, boolean absolute) {
        this(label, kind, scale, absolute, null);
    }

    /** ISO-8601 with {@code Z} or an offset. */
    static final TimeEncoding ISO_ZONED = new TimeEncoding("iso-8601", Kind.ISO, 0, true);
    /** ISO-8601 without a zone; read as UTC. Rows that do carry an offset still honour it. */
    static final TimeEncoding ISO_LOCAL = new TimeEncoding("iso-8601-local", Kind.ISO, 0, true);
    /** No time column: sample n is at n / rate. */
    static final TimeEncoding SAMPLE_RATE = new TimeEncoding("sample-rate", Kind.SAMPLE_RATE, 0, false);
    /** No time column: sample n is at the start a header block states plus n / the rate it states. */
    static final TimeEncoding HEADER_START_AND_RATE =
            new TimeEncoding("header-start-and-rate", Kind.SAMPLE_RATE, 0, true);

    /**
     * Times written in a layout: {@code date-time LAYOUT} (read as UTC unless an offset is added), or
     * {@code clock-time LAYOUT} for a time of day without a date (a relative clock).
     */
    static TimeEncoding pattern(TimePattern pattern) {
        return new TimeEncoding((pattern.hasDate() ? "date-time " : "clock-time ") + pattern.text(), Kind.PATTERN, 0,
                pattern.hasDate(), pattern);
    }

    /** A number column on a device's own clock whose wall-clock start comes from another column. */
    static TimeEncoding deviceClock(int scale) {
        return new TimeEncoding(UNIT_NAMES[scale] + "-on-device-clock", Kind.NUMBER, scale, true);
    }

    /** True for a time of day without a date, which starts again at zero after midnight. */
    boolean wrapsDaily() {
        return kind == Kind.PATTERN && !pattern.hasDate();
    }

    /** The same encoding with another label (for example ISO-8601 shifted by a zone the header states). */
    TimeEncoding withLabel(String newLabel) {
        return new TimeEncoding(newLabel, kind, scale, absolute, pattern);
    }

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
