package dev.plyometer.signal;

/**
 * Receives the conditioned signal: samples sorted by time, exact duplicates removed, with gaps announced
 * before the first sample after them. Times are seconds since the first sample.
 */
public interface SignalListener {

    /** Called once, before any sample, with the nominal sample period measured from the first samples. */
    default void start(double nominalPeriodS) {
    }

    /**
     * A block of samples. {@code magnitudeG[i]} is the vector magnitude, {@code maxAbsAxisG[i]} the largest
     * absolute axis value (to recognise clipping). The arrays are reused after the call.
     */
    void samples(double[] timeS, double[] magnitudeG, double[] maxAbsAxisG, int count);

    /** Samples are missing between {@code fromS} and {@code toS}; announced before the sample at {@code toS}. */
    default void gap(double fromS, double toS) {
    }

    /** No more samples. */
    default void finish() {
    }
}
