package dev.plyometer.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the start of a file (the preview) and decides its dialect: byte order mark, header line, delimiter, which
 * columns to use, decimal comma, time encoding, units stated by the header, and which reader applies.
 */
final class CsvSniffer {
    private CsvSniffer() {
    }

    /** Longest line (characters; bytes in the fast reader) either reader accepts. */
    static final int MAX_LINE = 65_536;
    /** The header may follow a few preamble lines (device and export information). */
    private static final int HEADER_SEARCH_LINES = 20;
    private static final int SNIFF_ROWS = 50;
    private static final int MAX_LISTED_IGNORED = 12;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");

    private record Line(long number, int start, int end, int next) {
    }

    private record Header(Line line, char delimiter, ColumnMapping columns) {
    }

    static CsvLayout sniff(String file, byte[] b, int length, boolean eof, ImportOptions options) {
        if (length == 0) {
            throw new ImportException(file, 0, "empty file; expected a CSV header such as timestamp,x,y,z and data rows");
        }
        String binary = TextCheck.problem(b, length, eof);
        if (binary != null) {
            throw new ImportException(file, 0, binary);
        }
        boolean bom = length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        List<Line> lines = lines(file, b, bom ? 3 : 0, length, eof);
        int headerIndex = headerIndex(file, b, lines, eof);
        Header header = header(file, b, lines.get(headerIndex));
        List<String> notes = new ArrayList<>();
        if (bom) {
            notes.add("UTF-8 byte order mark");
        }
        if (header.line.number > 1) {
            notes.add("skipped " + (header.line.number - 1) + " lines before the header");
        }
        if (header.delimiter != ',') {
            notes.add("delimiter " + (header.delimiter == '\t' ? "tab" : "'" + header.delimiter + "'"));
        }
        Rows rows = firstRows(file, b, lines, headerIndex, header, length, eof);
        ColumnMapping columns = header.columns;
        boolean decimalComma = header.delimiter != ',' && decimalComma(rows.values, columns);
        if (decimalComma) {
            notes.add("decimal comma");
        }
        TimeEncoding time = timeEncoding(file, header, rows, decimalComma, options, notes);
        Units units = columns.units();
        String unitsEvidence = columns.unitsEvidence();
        if (options.units() != null) {
            units = Units.parse(options.units());
            if (units == null) {
                throw new ImportException(file, 0, "unknown units \"" + options.units()
                        + "\"; expected g, milli-g or m/s2");
            }
            unitsEvidence = "given by the user";
        }
        if (columns.gravityRemoved()) {
            notes.add("columns " + columns.axes().get(0).quoted() + "… look like linear acceleration (gravity "
                    + "removed); free-fall and landing detection expect gravity included");
        }
        if (!columns.ignored().isEmpty()) {
            notes.add("ignored columns: " + listed(columns.ignored()));
        }
        String reader = options.forceGeneral() ? "general (forced)"
                : decimalComma ? "general (decimal comma)"
                : rows.quotes ? "general (quoted values)"
                : "fast";
        notes.add("parser: " + reader);
        double rate = time == TimeEncoding.SAMPLE_RATE ? options.sampleRateHz() : 0;
        return new CsvLayout((byte) header.delimiter, decimalComma, reader.equals("fast"), header.line.number + 1,
                header.line.next, columns, time, units, unitsEvidence, rate, notes);
    }

    /** The first non-blank rows after the header, split into values, and whether any holds a quote. */
    private record Rows(List<List<String>> values, List<Long> lines, boolean quotes) {
    }

    private static Rows firstRows(String file, byte[] b, List<Line> lines, int headerIndex, Header header, int length,
            boolean eof) {
        List<List<String>> values = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        boolean quotes = false;
        for (int i = headerIndex + 1; i < lines.size() && values.size() < SNIFF_ROWS; i++) {
            String text = text(b, lines.get(i));
            if (!text.isBlank()) {
                values.add(LineSplitter.split(text, header.delimiter));
                numbers.add(lines.get(i).number);
                quotes |= text.indexOf('"') >= 0;
            }
        }
        if (values.isEmpty()) {
            throw new ImportException(file, header.line.number, eof
                    ? "no data rows after the header"
                    : "no complete data row in the first " + (length / 1024) + " KiB after the header");
        }
        return new Rows(values, numbers, quotes);
    }

    private static TimeEncoding timeEncoding(String file, Header header, Rows rows, boolean decimalComma,
            ImportOptions options, List<String> notes) {
        ColumnMapping columns = header.columns;
        if (columns.time() == null) {
            if (options.sampleRateHz() == 0) {
                throw new ImportException(file, 0, "no time column among " + names(header) + "; expected one named "
                        + "timestamp, time, epoch, … or pass --sample-rate HZ to give the sample rate");
            }
            notes.add("no time column; sample n is at n / " + plain(options.sampleRateHz()) + " Hz");
            return TimeEncoding.SAMPLE_RATE;
        }
        TimeDetector.Detection detection = detectTime(file, rows, columns, decimalComma);
        if (detection.note() != null) {
            notes.add(detection.note());
        }
        if (options.sampleRateHz() > 0) {
            notes.add("sample rate option ignored: the file has a time column " + columns.time().quoted());
        }
        return detection.encoding();
    }

    /** Physical lines ({@code \n}, {@code \r\n} or {@code \r}) of the preview; an unfinished last line is left out. */
    private static List<Line> lines(String file, byte[] b, int from, int length, boolean eof) {
        List<Line> lines = new ArrayList<>();
        long number = 1;
        int start = from;
        for (int i = from; i <= length; i++) {
            boolean atEnd = i == length;
            if (!atEnd && b[i] != '\n' && b[i] != '\r') {
                if (i - start >= MAX_LINE) {
                    throw tooLong(file, number);
                }
                continue;
            }
            if (atEnd && (!eof || start == length)) {
                break;
            }
            int next = atEnd ? length : b[i] == '\r' && i + 1 < length && b[i + 1] == '\n' ? i + 2 : i + 1;
            lines.add(new Line(number++, start, i, next));
            start = next;
            i = next - 1;
        }
        return lines;
    }

    static ImportException tooLong(String file, long line) {
        return new ImportException(file, line, "line longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE)
                + " characters; expected one CSV row per line");
    }

    private static int headerIndex(String file, byte[] b, List<Line> lines, boolean eof) {
        int seen = 0;
        int first = -1;
        for (int i = 0; i < lines.size() && seen < HEADER_SEARCH_LINES; i++) {
            String text = text(b, lines.get(i));
            if (text.isBlank()) {
                continue;
            }
            seen++;
            if (first < 0) {
                first = i;
            }
            for (char d : delimiters(text)) {
                if (ColumnMatcher.match(columnNames(text, d), file, lines.get(i).number) != null) {
                    return i;
                }
            }
        }
        if (first < 0) {
            throw new ImportException(file, 0, eof
                    ? "empty file; expected a CSV header such as timestamp,x,y,z and data rows"
                    : "only blank lines in the first " + (b.length / 1024) + " KiB; expected a CSV header");
        }
        String text = text(b, lines.get(first));
        List<String> found = new ArrayList<>();
        for (ColumnName c : columnNames(text, delimiters(text).get(0))) {
            found.add(c.quoted());
        }
        throw new ImportException(file, lines.get(first).number, "no time and x, y, z acceleration columns in the header;"
                + " found " + listedQuoted(found) + "; expected " + ColumnMatcher.EXPECTED_NAMES);
    }

    private static Header header(String file, byte[] b, Line line) {
        String text = text(b, line);
        for (char d : delimiters(text)) {
            ColumnMapping columns = ColumnMatcher.match(columnNames(text, d), file, line.number);
            if (columns != null) {
                return new Header(line, d, columns);
            }
        }
        throw new IllegalStateException("header line " + line.number + " no longer matches");
    }

    /** Delimiters present in the line, most frequent first; a comma when there is none. */
    private static List<Character> delimiters(String text) {
        List<Character> found = new ArrayList<>();
        for (char d : DELIMITERS) {
            if (LineSplitter.count(text, d) > 0) {
                found.add(d);
            }
        }
        found.sort(Comparator.comparingInt((Character d) -> -LineSplitter.count(text, d)));
        if (found.isEmpty()) {
            found.add(',');
        }
        return found;
    }

    private static List<ColumnName> columnNames(String text, char delimiter) {
        List<String> values = LineSplitter.split(text, delimiter);
        List<ColumnName> names = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            names.add(ColumnName.of(i, values.get(i)));
        }
        return names;
    }

    private static boolean decimalComma(List<List<String>> rows, ColumnMapping columns) {
        int comma = 0;
        int dot = 0;
        for (List<String> row : rows) {
            for (ColumnName c : usedColumns(columns)) {
                if (c.index() < row.size()) {
                    String v = row.get(c.index()).trim();
                    comma += COMMA_DECIMAL.matcher(v).matches() ? 1 : 0;
                    dot += DOT_DECIMAL.matcher(v).matches() ? 1 : 0;
                }
            }
        }
        return comma > 0 && dot == 0;
    }

    private static TimeDetector.Detection detectTime(String file, Rows rows, ColumnMapping columns,
            boolean decimalComma) {
        ColumnName column = columns.time();
        for (List<String> row : rows.values) {
            if (column.index() < row.size() && !row.get(column.index()).isBlank()) {
                String token = row.get(column.index());
                TimeDetector.Detection d = TimeDetector.detect(decimalComma ? token.replace(',', '.') : token,
                        columns.timeUnitScale(), column);
                if (d != null) {
                    return d;
                }
            }
        }
        List<String> first = rows.values.get(0);
        String found = column.index() < first.size() ? RowProblems.shown(first.get(column.index())) : "nothing";
        throw new ImportException(file, rows.lines.get(0), "column " + column.quoted() + ": expected a time (epoch "
                + "seconds, ms, µs or ns; ISO-8601 like 2024-03-01T10:00:00.000Z; or seconds since start), found "
                + found);
    }

    private static List<ColumnName> usedColumns(ColumnMapping columns) {
        List<ColumnName> used = new ArrayList<>(columns.axes());
        if (columns.time() != null) {
            used.add(columns.time());
        }
        return used;
    }

    private static String text(byte[] b, Line line) {
        return new String(b, line.start, line.end - line.start, StandardCharsets.UTF_8);
    }

    private static String names(Header header) {
        List<String> quoted = new ArrayList<>();
        for (ColumnName c : header.columns.axes()) {
            quoted.add(c.quoted());
        }
        for (ColumnName c : header.columns.ignored()) {
            quoted.add(c.quoted());
        }
        return listedQuoted(quoted);
    }

    private static String listed(List<ColumnName> columns) {
        List<String> raw = new ArrayList<>();
        for (ColumnName c : columns) {
            raw.add(c.raw());
        }
        return listedQuoted(raw);
    }

    private static String listedQuoted(List<String> names) {
        if (names.size() <= MAX_LISTED_IGNORED) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_LISTED_IGNORED)) + " and " + (names.size() - MAX_LISTED_IGNORED)
                + " more";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
