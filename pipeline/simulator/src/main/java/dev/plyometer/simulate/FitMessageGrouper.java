package dev.plyometer.simulate;

import java.io.IOException;

/**
 * Groups sampled rows into {@code accelerometer_data} messages of {@link FitExport#samplesPerMessage()} samples and
 * hands each full message to a {@link Target}. Message times follow FIT: {@code timestamp} (whole seconds, UTC or
 * system time) + {@code timestamp_ms} of the first sample, {@code sample_time_offset} for each; consecutive messages
 * may share a second.
 */
final class FitMessageGrouper implements RowSink {
    /** FIT's epoch in Unix milliseconds. */
    static final long FIT_EPOCH_MS = 631_065_600_000L;
    /** System time of the first sample in system-time exports: the device had been on for 2 min 3.018 s. */
    static final long SYSTEM_START_MS = 123_018;

    /** Receives whole messages. */
    interface Target {
        void message(FitMessage m) throws IOException;
    }

    private final Target target;
    private final long startEpochMs;
    private final boolean systemTime;
    private final FitMessage m;
    private long firstMs;

    FitMessageGrouper(FitExport export, long startEpochNanos, Target target) {
        this.target = target;
        this.startEpochMs = Math.floorDiv(startEpochNanos, 1_000_000L);
        this.systemTime = export.systemTime();
        this.m = new FitMessage(export.samplesPerMessage());
    }

    /** FIT milliseconds of a sample {@code tNanos} after the first: UTC since the FIT epoch, or system time. */
    long fitMillis(long tNanos) {
        long ms = Math.floorDiv(tNanos, 1_000_000L);
        return systemTime ? SYSTEM_START_MS + ms : startEpochMs - FIT_EPOCH_MS + ms;
    }

    @Override
    public void row(long tNanos, double xG, double yG, double zG) throws IOException {
        long ms = fitMillis(tNanos);
        if (m.count == 0) {
            firstMs = ms;
            m.timestamp = Math.floorDiv(ms, 1000L);
            m.timestampMs = (int) Math.floorMod(ms, 1000L);
        }
        m.set(m.count++, (int) (ms - firstMs), xG, yG, zG);
        if (m.count == m.capacity) {
            target.message(m);
            m.count = 0;
        }
    }

    @Override
    public void finish() throws IOException {
        if (m.count > 0) {
            target.message(m);
            m.count = 0;
        }
    }
}
