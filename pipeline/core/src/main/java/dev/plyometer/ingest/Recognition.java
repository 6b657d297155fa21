package dev.plyometer.ingest;

import java.util.List;
import java.util.Set;

/**
 * What recognising a file's dialect decided, before the first rows are looked at: where the header and the data
 * are, which columns to use, and what a header block or the dialect itself says about time and units.
 *
 * @param dialect          the dialect
 * @param evidence         why: the header, block or value shape that identified it
 * @param headerIndex      the preview line holding the column header, or -1 when the data has none
 * @param dataIndex        the preview line where data may start (blank lines are skipped)
 * @param delimiter        the value separator
 * @param columns          which columns hold time and x, y, z (named by the header or by the dialect)
 * @param wallClock        a column whose first value gives the wall-clock start while {@code columns.time()} (a
 *                         device clock) gives the intervals; {@code null} when time is one column
 * @param timePattern      the layout of the time column when the dialect states it (ActiGraph's
 *                         {@code date format}); {@code null} to detect it from the values
 * @param headerStartNanos the recording start a header block states (wall time read as UTC), or {@code null}
 * @param headerRateHz     the sample rate a header block states, or 0
 * @param zoneOffsetSeconds the UTC offset of the times when a header states it, or {@code null}
 * @param units            the units the dialect always uses, or {@code null} (then the header or inference decides)
 * @param unitsEvidence    why those units
 * @param unitCandidates   what inference may choose among when nothing states the units
 * @param gravityHint      what to tell the user when the signal has no gravity in it (dialect-specific advice)
 * @param notes            facts for {@link SourceInfo#notes()} (header block contents, skipped lines, …)
 */
record Recognition(
        CsvDialect dialect,
        String evidence,
        int headerIndex,
        int dataIndex,
        char delimiter,
        ColumnMapping columns,
        ColumnName wallClock,
        TimePattern timePattern,
        Long headerStartNanos,
        double headerRateHz,
        Integer zoneOffsetSeconds,
        Units units,
        String unitsEvidence,
        Set<Units> unitCandidates,
        String gravityHint,
        List<String> notes) {

    Recognition {
        unitCandidates = Set.copyOf(unitCandidates);
        notes = List.copyOf(notes);
    }

    /** Advice when gravity is missing, for dialects that have nothing more specific to say. */
    static final String GENERIC_GRAVITY_HINT = "export acceleration with gravity included (often called "
            + "\"total acceleration\" or \"accelerometer\", not \"linear\" or \"user\" acceleration)";
}
