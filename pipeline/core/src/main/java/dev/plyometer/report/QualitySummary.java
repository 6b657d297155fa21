package dev.plyometer.report;

import dev.plyometer.signal.Gap;

import java.util.List;

/**
 * What the data can and cannot support.
 *
 * @param medianIntervalS        median interval between samples
 * @param flightTimeResolutionS  one sample period: the timing step before sub-sample interpolation
 * @param rfdReported            whether the sample rate allows RFD at all
 * @param gapCount               gaps longer than {@code gapFactor} sample periods
 * @param missingS               time inside gaps
 * @param gaps                   the first gaps (at most {@link #LISTED_GAPS})
 * @param duplicateRows          exact duplicate rows dropped
 * @param duplicateTimes         repeated times with other values (first kept)
 * @param outOfOrderRows         rows re-sorted into time order
 * @param droppedLateRows        rows too far out of order, dropped
 * @param skippedRows            rows the importer could not read
 * @param clippingLevelG         the axis level where the sensor saturates, or {@code null}
 * @param clippedSamples         samples at that level
 * @param restMagnitudeG         the magnitude while the sensor was still, which should read 1 g (a calibration
 *                               check: its distance from 1 g is the scale or offset error), or {@code null} when it
 *                               was never still for a whole window
 * @param stillS                 seconds the sensor was still, in whole windows
 */
public record QualitySummary(
        double medianIntervalS,
        double flightTimeResolutionS,
        boolean rfdReported,
        long gapCount,
        double missingS,
        List<Gap> gaps,
        long duplicateRows,
        long duplicateTimes,
        long outOfOrderRows,
        long droppedLateRows,
        long skippedRows,
        Double clippingLevelG,
        long clippedSamples,
        Double restMagnitudeG,
        double stillS) {

    public static final int LISTED_GAPS = 50;

    public QualitySummary {
        gaps = List.copyOf(gaps);
    }
}
