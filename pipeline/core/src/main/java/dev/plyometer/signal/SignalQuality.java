package dev.plyometer.signal;

import java.time.Instant;
import java.util.List;

/**
 * What conditioning found out about a recording.
 *
 * @param start               wall-clock time of the first sample, or {@code null} for a relative clock
 * @param samples             samples kept after sorting and de-duplication
 * @param durationS           last sample time − first sample time
 * @param sampleRateHz        1 / median interval between consecutive samples
 * @param medianIntervalS     the median interval itself
 * @param gaps                intervals longer than {@code gapFactor} × the median interval (at most
 *                            {@link SignalConditioner#MAX_LISTED_GAPS} listed)
 * @param gapCount            all such gaps, listed or not
 * @param missingS            total time inside gaps
 * @param duplicateRows       exact duplicate rows dropped (same time and same values)
 * @param duplicateTimes      rows with an already-seen time but other values; the first was kept
 * @param outOfOrderRows      rows that came before an earlier time and were put back in order
 * @param droppedLateRows     rows too far out of order to re-sort in a stream; dropped and counted
 * @param clippingLevelG      the axis value at which the sensor appears to saturate, or {@code NaN} when no
 *                            clipping was seen
 * @param clippedSamples      samples with an axis at the clipping level
 * @param minMagnitudeG       the smallest vector magnitude in the recording
 * @param maxMagnitudeG       the largest vector magnitude in the recording
 */
public record SignalQuality(
        Instant start,
        long samples,
        double durationS,
        double sampleRateHz,
        double medianIntervalS,
        List<Gap> gaps,
        long gapCount,
        double missingS,
        long duplicateRows,
        long duplicateTimes,
        long outOfOrderRows,
        long droppedLateRows,
        double clippingLevelG,
        long clippedSamples,
        double minMagnitudeG,
        double maxMagnitudeG) {

    public SignalQuality {
        gaps = List.copyOf(gaps);
    }

    /** Whether the magnitude ever moved more than {@code g} away from where it rested. */
    public boolean movedMoreThan(double g) {
        return maxMagnitudeG - minMagnitudeG > g;
    }

    public boolean clipped() {
        return clippedSamples > 0;
    }
}
