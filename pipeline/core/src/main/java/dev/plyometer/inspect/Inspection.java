package dev.plyometer.inspect;

import dev.plyometer.signal.Gap;
import java.util.List;

/**
 * What {@code plyometer inspect} found out about one export, without detecting jumps: the JSON contract of
 * {@code inspect --json} (schema {@value #SCHEMA}), one object per file.
 *
 * @param schema          {@value #SCHEMA}
 * @param file            the file as given
 * @param format          the dialect, for example {@code phyphox} or {@code actigraph-raw}
 * @param formatEvidence  why that dialect (the header, block or value shape), or {@code null}
 * @param units           the units the file is in ({@code g}, {@code milli-g}, {@code m/s2}, {@code 1/256 g})
 * @param unitsEvidence   why: a header name, the dialect, the user, or {@code inferred: median |a| …}
 * @param gravity         {@code included: median |a| … g over the first … rows}, or {@code null} when not checked
 * @param clock           {@code absolute} (wall-clock times) or {@code relative}
 * @param timeColumn      the column time comes from, or {@code null} (time from a header's or the user's rate)
 * @param timeEncoding    how time is written, for example {@code epoch-ms} or {@code date-time M/d/yyyy HH:mm:ss.SSS}
 * @param start           ISO-8601 time of the first sample, or {@code null} for a relative clock
 * @param durationS       first to last sample, seconds
 * @param samples         samples kept after sorting and de-duplication
 * @param rows            data rows read (excluding header lines)
 * @param skippedRows     rows that could not be read
 * @param bytes           bytes read
 * @param sampleRateHz    1 / median interval
 * @param medianIntervalS the median interval between samples, seconds
 * @param gapCount        intervals longer than {@code gapFactor} median intervals
 * @param missingS        time inside gaps, seconds
 * @param gaps            the first gaps (at most {@value #LISTED_GAPS}), seconds since the first sample
 * @param duplicateRows   exact duplicate rows dropped
 * @param duplicateTimes  rows that repeated a time with other values (the first was kept)
 * @param outOfOrderRows  rows put back in time order
 * @param droppedLateRows rows too far out of order to re-sort while streaming (dropped)
 * @param clippingLevelG  the axis level where the sensor saturates, or {@code null} when no clipping was seen
 * @param clippedSamples  samples at that level
 * @param axisColumns     the x, y, z columns used
 * @param ignoredColumns  the columns present but not used
 * @param notes           what the importer noticed (header block, delimiter, decimal comma, clocks, parser)
 * @param warnings        what to check before trusting the data, each starting with the file name
 */
public record Inspection(
        String schema,
        String file,
        String format,
        String formatEvidence,
        String units,
        String unitsEvidence,
        String gravity,
        String clock,
        String timeColumn,
        String timeEncoding,
        String start,
        double durationS,
        long samples,
        long rows,
        long skippedRows,
        long bytes,
        double sampleRateHz,
        double medianIntervalS,
        long gapCount,
        double missingS,
        List<Gap> gaps,
        long duplicateRows,
        long duplicateTimes,
        long outOfOrderRows,
        long droppedLateRows,
        Double clippingLevelG,
        long clippedSamples,
        List<String> axisColumns,
        List<String> ignoredColumns,
        List<String> notes,
        List<String> warnings) {

    public static final String SCHEMA = "plyometer.inspect/1";
    public static final int LISTED_GAPS = 20;

    public Inspection {
        gaps = List.copyOf(gaps);
        axisColumns = List.copyOf(axisColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
