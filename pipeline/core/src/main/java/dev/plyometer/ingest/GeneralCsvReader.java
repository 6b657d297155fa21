package dev.plyometer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The general reader, over Apache Commons CSV: quoted values (even across lines), decimal commas, any dialect the
 * sniffer accepts. Numbers go through {@link Double#parseDouble} and times through {@link TimeText}, the references
 * the fast reader is held to.
 */
final class GeneralCsvReader {
    private final String file;
    private final CsvLayout layout;
    private final SampleAssembler out;
    private final int[] roles;
    /** The used column indexes, ascending, so that the first bad cell reported is the same as the fast reader's. */
    private final int[] used;

    private GeneralCsvReader(String file, CsvLayout layout, SampleAssembler out) {
        this.file = file;
        this.layout = layout;
        this.out = out;
        this.roles = layout.columns().roles();
        this.used = IntStream.range(0, roles.length).filter(i -> roles[i] != ColumnMapping.IGNORED).toArray();
    }

    /**
     * Reads rows from {@code in} to its end.
     *
     * @param firstLine the file's line number of the first line in {@code in}
     */
    static void read(String file, CsvLayout layout, SampleAssembler out, InputStream in, long firstLine)
            throws IOException {
        new GeneralCsvReader(file, layout, out).read(in, firstLine);
    }

    private void read(InputStream in, long firstLine) throws IOException {
        char delimiter = (char) layout.delimiter();
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setEscape((Character) null)
                .setCommentMarker((Character) null)
                .setIgnoreEmptyLines(false) // blank lines are skipped below, so that line numbers stay exact
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        RowLimitReader reader = new RowLimitReader(new InputStreamReader(in, StandardCharsets.UTF_8), file, firstLine,
                delimiter);
        // Not closed here: closing would close the caller's stream.
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        Iterator<CSVRecord> records = parser.iterator();
        long linesBefore = 0; // line breaks consumed before the current record
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw malformed(firstLine + linesBefore, e);
            }
            long line = firstLine + linesBefore;
            linesBefore = parser.getCurrentLineNumber();
            row(record, line);
        }
    }

    private void row(CSVRecord record, long line) {
        int n = record.size();
        if (n == 1 && isBlank(record.get(0))) {
            return;
        }
        if (n < roles.length) {
            out.reject(line, RowProblems.missingValues(roles.length, n));
            return;
        }
        boolean comma = layout.decimalComma();
        long time = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (int column : used) {
            int role = roles[column];
            String text = record.get(column);
            String value = comma ? text.replace(',', '.') : text;
            if (role == ColumnMapping.TIME) {
                try {
                    time = TimeText.parse(value, layout.time());
                } catch (RuntimeException e) {
                    if (!TimeText.isFailure(e)) {
                        throw e;
                    }
                    out.reject(line, RowProblems.badTime(layout.columns().time(), layout.time(), text));
                    return;
                }
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                out.reject(line, RowProblems.badNumber(layout.columns().column(role), text));
                return;
            }
            if (role == ColumnMapping.X) {
                x = v;
            } else if (role == ColumnMapping.Y) {
                y = v;
            } else {
                z = v;
            }
        }
        out.accept(time, x, y, z, line);
    }

    private ImportException malformed(long line, UncheckedIOException e) {
        String cause = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        String what = cause.contains("EOF reached before encapsulated token finished")
                ? "a quoted value is never closed"
                : cause.contains("Invalid character between encapsulated token and delimiter")
                        ? "text after the closing quote of a quoted value"
                        : "cannot read the row (" + cause + ")";
        return new ImportException(file, line, what + "; expected \"quoted values\" followed by a delimiter");
    }

    /** Blank as {@link String#trim()} sees it, like the fast reader's byte test. */
    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }
}
