package dev.plyometer.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the start of a file (the preview) and decides how to read the rest: byte order mark, dialect (see
 * {@link DialectRecognizer}), delimiter, which columns to use, decimal comma, time encoding, units stated by the
 * header or the dialect, and which reader applies.
 */
final class CsvSniffer {
    private CsvSniffer() {
    }

    /** Longest line (characters; bytes in the fast reader) either reader accepts. */
    static final int MAX_LINE = 65_536;
    private static final int SNIFF_ROWS = 50;
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?\\d*\\.\\d+([eE][+-]?\\d+)?");

    /** How time is read: the encoding, what to add to every value, and the rate for a rate clock. */
    private record Clock(TimeEncoding encoding, long offsetNanos, double rateHz) {
    }

    static CsvLayout sniff(String file, byte[] b, int length, boolean eof, ImportOptions options) {
        if (length == 0) {
            throw new ImportException(file, 0, "empty file; expected a CSV header such as timestamp,x,y,z and data rows");
        }
        String binary = TextCheck.problem(b, length, eof);
        if (binary != null) {
            throw new ImportException(file, 0, binary);
        }
        Preview p = Preview.of(file, b, length, eof);
        CsvDialect forced = options.format() == null ? null : CsvDialect.byLabel(options.format());
        Recognition r = DialectRecognizer.recognise(file, p, forced);
        ColumnMapping columns = r.columns();
        long headerLine = r.headerIndex() < 0 ? 0 : p.line(r.headerIndex()).number();
        if (columns.gravityRemoved()) {
            throw new ImportException(file, headerLine, "columns " + columns.axes().get(0).quoted() + "… hold "
                    + "acceleration with gravity removed: the magnitude reads about 0 at rest and about 1 g in free "
                    + "fall, so flights cannot be found; " + r.gravityHint());
        }
        List<String> notes = new ArrayList<>();
        if (p.bom) {
            notes.add("UTF-8 byte order mark");
        }
        notes.addAll(r.notes());
        if (r.delimiter() != ',') {
            notes.add("delimiter " + (r.delimiter() == '\t' ? "tab" : "'" + r.delimiter() + "'"));
        }
        Rows rows = firstRows(file, p, r, headerLine);
        boolean decimalComma = r.delimiter() != ',' && decimalComma(rows.values, columns);
        if (decimalComma) {
            notes.add("decimal comma");
        }
        int named = r.headerIndex() < 0 ? 0 : LineSplitter.split(p.text(r.headerIndex()), r.delimiter()).size();
        if (r.headerIndex() >= 0 && rows.widest > named) {
            notes.add("rows have up to " + rows.widest + " values but the header names " + named
                    + "; the values without a name are ignored");
        }
        Clock clock = clock(file, r, rows, decimalComma, options, notes);
        Units units = r.units() != null ? r.units() : columns.units();
        String unitsEvidence = r.units() != null ? r.unitsEvidence() : columns.unitsEvidence();
        if (options.units() != null) {
            units = Units.parse(options.units());
            if (units == null) {
                throw new ImportException(file, 0, "unknown units \"" + options.units()
                        + "\"; expected g, milli-g or m/s2");
            }
            unitsEvidence = "given by the user";
        }
        if (!columns.ignored().isEmpty()) {
            notes.add("ignored columns: " + listed(columns.ignored()));
        }
        String reader = options.forceGeneral() ? "general (forced)"
                : decimalComma ? "general (decimal comma)"
                : rows.quotes ? "general (quoted values)"
                : "fast";
        notes.add("parser: " + reader);
        Preview.Line data = p.line(r.dataIndex());
        return new CsvLayout((byte) r.delimiter(), decimalComma, reader.equals("fast"), data.number(), data.start(),
                columns, clock.encoding, units, unitsEvidence, clock.rateHz, notes, r.dialect(), r.evidence(),
                clock.offsetNanos, r.unitCandidates(), r.gravityHint());
    }

    /**
     * The first non-blank rows of data, split into values, whether any holds a quote, and the most values a row
     * has.
     */
    private record Rows(List<List<String>> values, List<Long> lines, boolean quotes, int widest) {
    }

    private static Rows firstRows(String file, Preview p, Recognition r, long headerLine) {
        List<List<String>> values = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        boolean quotes = false;
        int widest = 0;
        for (int i = r.dataIndex(); i < p.size() && values.size() < SNIFF_ROWS; i++) {
            String text = p.text(i);
            if (!text.isBlank()) {
                List<String> row = LineSplitter.split(text, r.delimiter());
                values.add(row);
                numbers.add(p.line(i).number());
                quotes |= text.indexOf('"') >= 0;
                widest = Math.max(widest, row.size());
            }
        }
        if (values.isEmpty()) {
            throw new ImportException(file, headerLine, p.eof
                    ? "no data rows after the header"
                    : "no complete data row in " + p.extent() + " after the header");
        }
        return new Rows(values, numbers, quotes, widest);
    }

    private static Clock clock(String file, Recognition r, Rows rows, boolean decimalComma, ImportOptions options,
            List<String> notes) {
        ColumnMapping columns = r.columns();
        if (columns.time() == null) {
            if (r.headerRateHz() > 0 && r.headerStartNanos() != null) {
                if (options.sampleRateHz() > 0) {
                    notes.add("sample rate option ignored: the header says " + plain(r.headerRateHz()) + " Hz");
                }
                notes.add("no time column; sample n is at the header's start + n / " + plain(r.headerRateHz())
                        + " Hz");
                return new Clock(TimeEncoding.HEADER_START_AND_RATE, r.headerStartNanos(), r.headerRateHz());
            }
            if (options.sampleRateHz() == 0) {
                throw new ImportException(file, 0, "no time column among " + names(columns) + "; expected one named "
                        + "timestamp, time, epoch, … or pass --sample-rate HZ to give the sample rate");
            }
            notes.add("no time column; sample n is at n / " + plain(options.sampleRateHz()) + " Hz");
            return new Clock(TimeEncoding.SAMPLE_RATE, 0, options.sampleRateHz());
        }
        if (options.sampleRateHz() > 0) {
            notes.add("sample rate option ignored: the file has a time column " + columns.time().quoted());
        }
        TimeEncoding encoding;
        if (r.timePattern() != null) {
            encoding = TimeEncoding.pattern(r.timePattern());
            firstTime(file, rows, columns.time(), encoding, decimalComma);
        } else {
            TimeDetector.Detection detection = detectTime(file, rows, columns.time(), columns.timeUnitScale(),
                    decimalComma);
            encoding = detection.encoding();
            if (detection.note() != null && r.zoneOffsetSeconds() == null && r.wallClock() == null) {
                notes.add(detection.note());
            }
        }
        if (r.wallClock() != null && encoding.kind() == TimeEncoding.Kind.NUMBER) {
            return deviceClock(file, r, rows, encoding, decimalComma, notes);
        }
        if (r.zoneOffsetSeconds() != null && encoding.absolute()) {
            String zone = offsetText(r.zoneOffsetSeconds());
            notes.add("times in column " + columns.time().quoted() + " are local at UTC" + zone
                    + " (the header's time zone); converted to UTC");
            return new Clock(encoding.withLabel(encoding.label() + " UTC" + zone),
                    -r.zoneOffsetSeconds() * 1_000_000_000L, 0);
        }
        if (encoding.absolute() && encoding.kind() == TimeEncoding.Kind.PATTERN && r.timePattern() != null) {
            notes.add("times in column " + columns.time().quoted() + " have no zone; read as UTC");
        }
        return new Clock(encoding, 0, 0);
    }

    /**
     * Intervals from a device clock (Polar's sensor nanoseconds, SensorLog's seconds since reboot) and the start from
     * the wall-clock column of the first row where both are readable.
     */
    private static Clock deviceClock(String file, Recognition r, Rows rows, TimeEncoding interval,
            boolean decimalComma, List<String> notes) {
        ColumnName time = r.columns().time();
        ColumnName wall = r.wallClock();
        TimeEncoding device = TimeEncoding.deviceClock(interval.scale());
        for (int i = 0; i < rows.values.size(); i++) {
            List<String> row = rows.values.get(i);
            if (Math.max(time.index(), wall.index()) >= row.size()) {
                continue;
            }
            String w = row.get(wall.index());
            String t = decimalComma ? row.get(time.index()).replace(',', '.') : row.get(time.index());
            TimeDetector.Detection d = TimeDetector.detect(w, null, wall);
            if (d == null || !d.encoding().absolute()) {
                continue;
            }
            try {
                long wallNanos = TimeText.parse(w, d.encoding());
                long deviceNanos = TimeText.parse(t, interval);
                notes.add("intervals from " + time.quoted() + " (the device's clock); start from " + wall.quoted()
                        + " on line " + rows.lines.get(i) + ": " + w.strip()
                        + (d.encoding() == TimeEncoding.ISO_ZONED ? "" : " (no zone; read as UTC)"));
                return new Clock(device, Math.subtractExact(wallNanos, deviceNanos), 0);
            } catch (RuntimeException e) {
                if (!TimeText.isFailure(e)) {
                    throw e;
                }
            }
        }
        notes.add("intervals from " + time.quoted() + " (the device's clock); no readable wall-clock time in "
                + wall.quoted() + ", so the clock is relative");
        return new Clock(new TimeEncoding(device.label(), TimeEncoding.Kind.NUMBER, interval.scale(), false), 0, 0);
    }

    private static void firstTime(String file, Rows rows, ColumnName column, TimeEncoding encoding,
            boolean decimalComma) {
        for (List<String> row : rows.values) {
            if (column.index() < row.size() && !row.get(column.index()).isBlank()) {
                String token = row.get(column.index());
                try {
                    TimeText.parse(decimalComma ? token.replace(',', '.') : token, encoding);
                    return;
                } catch (RuntimeException e) {
                    if (!TimeText.isFailure(e)) {
                        throw e;
                    }
                }
            }
        }
        throw new ImportException(file, rows.lines.get(0), "column " + column.quoted() + ": expected a time ("
                + encoding.label() + "), found " + shownFirst(rows, column));
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

    private static TimeDetector.Detection detectTime(String file, Rows rows, ColumnName column, Integer unitScale,
            boolean decimalComma) {
        for (List<String> row : rows.values) {
            if (column.index() < row.size() && !row.get(column.index()).isBlank()) {
                String token = row.get(column.index());
                TimeDetector.Detection d = TimeDetector.detect(decimalComma ? token.replace(',', '.') : token,
                        unitScale, column);
                if (d != null) {
                    return d;
                }
            }
        }
        throw new ImportException(file, rows.lines.get(0), "column " + column.quoted() + ": expected a time (epoch "
                + "seconds, ms, µs or ns; ISO-8601 like 2024-03-01T10:00:00.000Z; or seconds since start), found "
                + shownFirst(rows, column));
    }

    private static String shownFirst(Rows rows, ColumnName column) {
        List<String> first = rows.values.get(0);
        return column.index() < first.size() ? RowProblems.shown(first.get(column.index())) : "nothing";
    }

    private static List<ColumnName> usedColumns(ColumnMapping columns) {
        List<ColumnName> used = new ArrayList<>(columns.axes());
        if (columns.time() != null) {
            used.add(columns.time());
        }
        return used;
    }

    static ImportException tooLong(String file, long line) {
        return new ImportException(file, line, "line longer than " + String.format(Locale.ROOT, "%,d", MAX_LINE)
                + " characters; expected one CSV row per line");
    }

    private static String names(ColumnMapping columns) {
        List<String> quoted = new ArrayList<>();
        for (ColumnName c : columns.axes()) {
            quoted.add(c.quoted());
        }
        for (ColumnName c : columns.ignored()) {
            quoted.add(c.quoted());
        }
        return HeaderDialects.listed(quoted);
    }

    private static String listed(List<ColumnName> columns) {
        List<String> raw = new ArrayList<>();
        for (ColumnName c : columns) {
            raw.add(c.raw());
        }
        return HeaderDialects.listed(raw);
    }

    private static String offsetText(int seconds) {
        int abs = Math.abs(seconds);
        return String.format(Locale.ROOT, "%s%02d:%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
