package dev.plyometer.report;

import java.util.List;

/**
 * The input file as read.
 *
 * @param file          the file name as given
 * @param format        detected dialect
 * @param sampleRateHz  1 / median sample interval
 * @param start         ISO-8601 time of the first sample, or {@code null} when the clock is relative
 * @param durationS     first to last sample
 * @param samples       samples analysed
 * @param clock         {@code absolute} (wall-clock times) or {@code relative} (seconds since start)
 * @param timeColumn    the time column, or {@code null}
 * @param timeEncoding  how time was written
 * @param axisColumns   the x, y, z columns
 * @param units         input units before conversion to g
 * @param unitsEvidence why those units
 * @param notes         other things the importer noticed
 */
public record SourceSummary(
        String file,
        String format,
        double sampleRateHz,
        String start,
        double durationS,
        long samples,
        String clock,
        String timeColumn,
        String timeEncoding,
        List<String> axisColumns,
        String units,
        String unitsEvidence,
        List<String> notes) {
}
