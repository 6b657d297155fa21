package dev.plyometer.metrics;

import java.util.List;

/**
 * One counted landing and what was measured about it. Times are seconds since the file's first sample.
 *
 * @param n                     1-based number in the session
 * @param takeoffS              interpolated take-off
 * @param touchdownS            interpolated touchdown
 * @param flightTimeS           touchdown − take-off
 * @param heightM               flight-time height, g·t²/8 (reads ~2 cm high against force plates)
 * @param peakG                 raw impact peak (≈ body weights at the trunk); a lower bound when {@code clipped}
 * @param timeToPeakS           touchdown to peak
 * @param rfdBwPerS             landing RFD index, (peak − level at touchdown) / time to peak, in body weights per
 *                              second; {@code null} when {@code rfd-unreliable}
 * @param rfdNPerS              the same in N/s when the body mass is known, else {@code null}
 * @param rfdSamplingErrorPct   the RFD's error from timing alone (one sample period over the time to peak), in %;
 *                              accelerometer RFD also differs from force plates by up to ±65 % per landing
 * @param maxSlopeBwPerS        steepest sample-to-sample rise from touchdown to peak
 * @param feet                  foot contacts this landing counts (2 two-foot, 1 single-leg)
 * @param set                   1-based set number
 * @param exercise              exercise from the plan or the command line
 * @param intensity             the exercise's intensity
 * @param flags                 {@code clipped}, {@code rfd-unreliable}, {@code gap-nearby}
 */
public record Jump(
        int n,
        double takeoffS,
        double touchdownS,
        double flightTimeS,
        double heightM,
        double peakG,
        double timeToPeakS,
        Double rfdBwPerS,
        Double rfdNPerS,
        Double rfdSamplingErrorPct,
        double maxSlopeBwPerS,
        int feet,
        int set,
        String exercise,
        String intensity,
        List<String> flags) {

    public static final String CLIPPED = "clipped";
    public static final String RFD_UNRELIABLE = "rfd-unreliable";
    public static final String GAP_NEARBY = "gap-nearby";

    public Jump {
        flags = List.copyOf(flags);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
