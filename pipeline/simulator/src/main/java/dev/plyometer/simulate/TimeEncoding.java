package dev.plyometer.simulate;

/** How the export writes time. All but {@link #EPOCH_NS} have millisecond resolution. */
public enum TimeEncoding {
    /** Integer milliseconds since the Unix epoch: {@code 1793604600000}. */
    EPOCH_MS("epoch-ms", "timestamp"),
    /** Seconds since the Unix epoch with three decimals: {@code 1793604600.010}. */
    EPOCH_S("epoch-s", "timestamp"),
    /** Integer nanoseconds since the Unix epoch: {@code 1793604600010000000}. */
    EPOCH_NS("epoch-ns", "timestamp_ns"),
    /** ISO-8601 in UTC with milliseconds and {@code Z}: {@code 2026-11-02T07:30:00.010Z}. */
    ISO_UTC("iso-8601-utc", "time"),
    /** ISO-8601 local time without zone (the device's wall clock, a fixed offset from UTC). */
    ISO_LOCAL("iso-8601-local", "time"),
    /** Seconds since the first row with three decimals: {@code 12.340}. */
    SECONDS_SINCE_START("seconds-since-start", "time_s");

    private final String label;
    private final String defaultHeader;

    TimeEncoding(String label, String defaultHeader) {
        this.label = label;
        this.defaultHeader = defaultHeader;
    }

    public String label() {
        return label;
    }

    public String defaultHeader() {
        return defaultHeader;
    }
}
