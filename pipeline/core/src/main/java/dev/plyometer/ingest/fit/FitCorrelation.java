package dev.plyometer.ingest.fit;

/**
 * A {@code timestamp_correlation} message (162): one moment on both clocks, in milliseconds.
 *
 * @param utcFitMillis    UTC, milliseconds since the FIT epoch ({@code timestamp} + {@code timestamp_ms})
 * @param systemMillis    system time, milliseconds since power-on ({@code system_timestamp} + {@code system_timestamp_ms})
 */
public record FitCorrelation(long utcFitMillis, long systemMillis) {
    /** Maps a system-time instant (ms since power-on) to Unix epoch milliseconds. */
    public long toEpochMillis(long systemMs) {
        return FitTime.FIT_EPOCH_S * 1000L + utcFitMillis + (systemMs - systemMillis);
    }
}
