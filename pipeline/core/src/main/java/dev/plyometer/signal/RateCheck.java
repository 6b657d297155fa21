package dev.plyometer.signal;

import java.util.Locale;

/**
 * Sample rates no accelerometer export has: they mean a time column read in the wrong unit, or rows that are not
 * samples (one per epoch, one per minute). Analysis refuses them; {@code inspect} warns.
 */
public final class RateCheck {
    /** Below this (Hz) a 0.3 s flight spans one or two samples: nothing about a jump can be measured. */
    public static final double MIN_RATE_HZ = 5;
    /** Above this (Hz) no wearable logs (Axivity's maximum is 3,200 Hz). */
    public static final double MAX_RATE_HZ = 20_000;

    private RateCheck() {
    }

    /** @return what is wrong with the measured rate, or {@code null} when it is plausible */
    public static String problem(SignalQuality q) {
        if (q.samples() < 2) {
            return null; // nothing to measure; callers say so themselves
        }
        double rate = q.sampleRateHz();
        String measured;
        if (!(rate > 0) || q.medianIntervalS() < IntervalHistogram.BIN_S) {
            measured = String.format(Locale.ROOT, "a median interval under %s (a sample rate above %,.0f Hz)",
                    interval(IntervalHistogram.BIN_S), 1 / IntervalHistogram.BIN_S);
        } else if (q.medianIntervalS() >= IntervalHistogram.MAX_S) {
            measured = String.format(Locale.ROOT, "a median interval of %s or more (a sample rate of %s or less)",
                    interval(IntervalHistogram.MAX_S), hz(1 / IntervalHistogram.MAX_S));
        } else if (rate >= MIN_RATE_HZ && rate <= MAX_RATE_HZ) {
            return null;
        } else {
            measured = "a sample rate of " + hz(rate) + " (median interval " + interval(q.medianIntervalS()) + ")";
        }
        return String.format(Locale.ROOT, "%s is outside the %.0f–%,.0f Hz accelerometer exports use; is the time "
                + "column in the unit it says, and is each row a sample?", measured, MIN_RATE_HZ, MAX_RATE_HZ);
    }

    private static String hz(double rate) {
        return rate >= 1 ? String.format(Locale.ROOT, "%,.0f Hz", rate) : String.format(Locale.ROOT, "%.4g Hz", rate);
    }

    private static String interval(double s) {
        if (s >= 60) {
            return String.format(Locale.ROOT, "%.1f min", s / 60);
        }
        if (s >= 1) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        if (s >= 1e-3) {
            return String.format(Locale.ROOT, "%.3f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.2f µs", s * 1e6);
    }
}
