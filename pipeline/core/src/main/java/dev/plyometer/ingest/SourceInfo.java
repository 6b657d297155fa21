package dev.plyometer.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What an importer learned about a source before handing over samples.
 *
 * @param file           the file name as given by the user
 * @param format         detected dialect, for example {@code csv-generic}, {@code phyphox}, {@code actigraph-raw}
 * @param timeColumn     the column used for time, or {@code null} when time comes from a fixed sample rate
 * @param timeEncoding   how time was written, for example {@code epoch-ms}, {@code iso-8601}, {@code seconds-since-start}
 * @param absoluteClock  true when sample times are nanoseconds since the Unix epoch
 * @param start          wall-clock time of the first sample, or {@code null} when the clock is relative
 * @param axisColumns    the three columns used as x, y, z
 * @param units          the input units before conversion to g: {@code g}, {@code milli-g}, {@code m/s2},
 *                       {@code 1/256 g}
 * @param unitsEvidence  why those units: {@code header "x (g)"} or {@code inferred: median |a| 9.81 …}
 * @param notes          anything else worth telling the user (BOM, decimal comma, header facts, …)
 * @param formatEvidence why this format: the header, block or value shape that identified it, or {@code null}
 * @param ignoredColumns columns present but not used (gyroscope, light, temperature, other clocks, …)
 * @param gravity        whether gravity is in the signal and why we think so, for example
 *                       {@code included: median |a| 1.00 g over the first 2048 rows}, or {@code null} when not checked
 */
public record SourceInfo(
        String file,
        String format,
        String timeColumn,
        String timeEncoding,
        boolean absoluteClock,
        Instant start,
        List<String> axisColumns,
        String units,
        String unitsEvidence,
        List<String> notes,
        String formatEvidence,
        List<String> ignoredColumns,
        String gravity) {

    public SourceInfo {
        axisColumns = List.copyOf(axisColumns);
        notes = List.copyOf(notes);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** For readers that do not tell why the format, which columns they skip, or how gravity was checked. */
    public SourceInfo(String file, String format, String timeColumn, String timeEncoding, boolean absoluteClock,
            Instant start, List<String> axisColumns, String units, String unitsEvidence, List<String> notes) {
        this(file, format, timeColumn, timeEncoding, absoluteClock, start, axisColumns, units, unitsEvidence, notes,
                null, List.of(), null);
    }
}
