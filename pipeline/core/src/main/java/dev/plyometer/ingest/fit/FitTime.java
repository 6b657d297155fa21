package dev.plyometer.ingest.fit;

import java.time.Instant;

/**
 * FIT's clock: {@code date_time} values are seconds since 1989-12-31T00:00:00Z; values below
 * {@link #SYSTEM_TIME_LIMIT} (0x10000000, i.e. before 1998-07-03T21:24:16Z) are <em>system time</em>, seconds since the
 * device powered on, which only a {@code timestamp_correlation} message maps to UTC.
 */
public final class FitTime {
    /** 1989-12-31T00:00:00Z in Unix seconds. */
    public static final long FIT_EPOCH_S = 631_065_600L;
    /** {@code date_time} values below this are system time (seconds since power-on), not UTC. */
    public static final long SYSTEM_TIME_LIMIT = 0x10000000L;
    /** Marks a missing timestamp in {@link AccelMessage} and friends. */
    public static final long NONE = Long.MIN_VALUE;

    private FitTime() {
    }

    public static boolean isSystemTime(long fitSeconds) {
        return fitSeconds < SYSTEM_TIME_LIMIT;
    }

    /** Milliseconds since the FIT epoch of an instant (for ISO times in FIT-derived text). */
    public static long fitMillis(Instant instant) {
        return Math.subtractExact(instant.toEpochMilli(), FIT_EPOCH_S * 1000L);
    }

    public static Instant instantOfEpochNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
