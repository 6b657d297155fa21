package dev.plyometer.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What an importer learned about a source before handing over samples.
 *
 * @param file          the file name as given by the user
 * @param format        detected dialect, for example {@code csv-generic}
 * @param timeColumn    the column used for time, or {@code null} when time comes from a fixed sample rate
 * @param timeEncoding  how time was written, for example {@code epoch-ms}, {@code iso-8601}, {@code seconds-since-start}
 * @param absoluteClock true when sample times are nanoseconds since the Unix epoch
 * @param start         wall-clock time of the first sample, or {@code null} when the clock is relative
 * @param axisColumns   the three columns used as x, y, z
 * @param units         the input units before conversion to g: {@code g}, {@code milli-g}, {@code m/s2}
 * @param unitsEvidence why those units: {@code header} or {@code inferred: median |a| at rest 9.81}
 * @param notes         anything else worth telling the user (ignored columns, BOM, decimal comma, …)
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
        List<String> notes) {

    public SourceInfo {
        axisColumns = List.copyOf(axisColumns);
        notes = List.copyOf(notes);
    }
}
