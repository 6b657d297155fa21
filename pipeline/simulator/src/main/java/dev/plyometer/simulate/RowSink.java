package dev.plyometer.simulate;

import java.io.IOException;

/** Receives sampled rows in time order: time in nanoseconds since the first sample, axes in g. */
interface RowSink {
    void row(long tNanos, double xG, double yG, double zG) throws IOException;

    /** No more rows: write anything held back. */
    default void finish() throws IOException {
    }
}
