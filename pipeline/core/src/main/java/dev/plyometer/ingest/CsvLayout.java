package dev.plyometer.ingest;

import java.util.List;
import java.util.Set;

/**
 * Everything the sniffer decided before the first row is read.
 *
 * @param delimiter       the value separator: {@code ,} {@code ;} or tab
 * @param decimalComma    true when numbers are written {@code 1,234}
 * @param fast            true when the byte-level reader applies; false for the Commons CSV reader
 * @param firstDataLine   the 1-based line where the data starts (after the header or header block)
 * @param dataOffset      where that line starts in the preview bytes
 * @param columns         which columns are time and x, y, z
 * @param time            how time is written
 * @param units           the acceleration units when the header, the dialect or the user states them; {@code null}
 *                        to infer
 * @param unitsEvidence   why those units, or {@code null} when they are to be inferred
 * @param sampleRateHz    the sample rate for files without a time column, else 0
 * @param notes           what {@link SourceInfo#notes()} will say
 * @param dialect         the recognised dialect
 * @param formatEvidence  why that dialect
 * @param timeOffsetNanos added to every time read: a wall-clock start for device clocks and header rates, or a
 *                        zone correction; 0 otherwise
 * @param unitCandidates  what inference may choose among
 * @param gravityHint     what to advise when the signal turns out to have no gravity in it
 */
record CsvLayout(
        byte delimiter,
        boolean decimalComma,
        boolean fast,
        long firstDataLine,
        int dataOffset,
        ColumnMapping columns,
        TimeEncoding time,
        Units units,
        String unitsEvidence,
        double sampleRateHz,
        List<String> notes,
        CsvDialect dialect,
        String formatEvidence,
        long timeOffsetNanos,
        Set<Units> unitCandidates,
        String gravityHint) {

    CsvLayout {
        notes = List.copyOf(notes);
        unitCandidates = Set.copyOf(unitCandidates);
    }
}
