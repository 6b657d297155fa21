package dev.plyometer.detection;

/**
 * A flight followed by an impact, as found in the signal, before it is classified. Times are seconds since the
 * first sample.
 *
 * @param takeoffS        interpolated take-off (the magnitude falls through the event level)
 * @param touchdownS      interpolated touchdown (the magnitude rises through the event level at the end of the lull)
 * @param eventLevelG     the level used to time take-off and touchdown
 * @param lullMedianG     median magnitude during the flight (trunk rotation and soft tissue keep it above 0)
 * @param peakG           largest raw magnitude within the landing window
 * @param peakS           time of that sample
 * @param riseSamples     samples from touchdown up to and including the peak
 * @param maxSlopeGPerS   steepest rise between consecutive samples from touchdown to the peak
 * @param maxAbsAxisG     largest absolute axis value in the landing window (to recognise clipping)
 * @param pushoffPeakG    largest magnitude in the {@link JumpDetector#PUSHOFF_WINDOW_S} before take-off
 * @param gapInLanding    a gap cut the landing window short
 */
public record Landing(
        double takeoffS,
        double touchdownS,
        double eventLevelG,
        double lullMedianG,
        double peakG,
        double peakS,
        int riseSamples,
        double maxSlopeGPerS,
        double maxAbsAxisG,
        double pushoffPeakG,
        boolean gapInLanding) {

    public double flightTimeS() {
        return touchdownS - takeoffS;
    }

    public double timeToPeakS() {
        return peakS - touchdownS;
    }
}
