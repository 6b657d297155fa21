package dev.plyometer.ingest;

/**
 * A reusable block of samples in file order, on primitive arrays. Importers fill one block and hand it to a
 * {@link SampleSink}; the sink must copy what it keeps, because the importer reuses the arrays.
 *
 * <p>{@code timeNanos} is nanoseconds since the Unix epoch when the source clock is absolute
 * ({@link SourceInfo#absoluteClock()}), else nanoseconds since an arbitrary origin (usually the recording start).
 * Accelerations are in g (1 g = 9.80665 m/s²), gravity included.
 */
public final class SampleBlock {
    public final long[] timeNanos;
    public final double[] x;
    public final double[] y;
    public final double[] z;
    /** The source line (1-based) of each sample, for error messages; 0 when the source has no lines. */
    public final long[] line;
    private int size;

    public SampleBlock(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        timeNanos = new long[capacity];
        x = new double[capacity];
        y = new double[capacity];
        z = new double[capacity];
        line = new long[capacity];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return timeNanos.length;
    }

    public boolean isFull() {
        return size == timeNanos.length;
    }

    public void clear() {
        size = 0;
    }

    /** Appends one sample; the caller checks {@link #isFull()} first. */
    public void add(long tNanos, double xG, double yG, double zG, long sourceLine) {
        int i = size++;
        timeNanos[i] = tNanos;
        x[i] = xG;
        y[i] = yG;
        z[i] = zG;
        line[i] = sourceLine;
    }
}
