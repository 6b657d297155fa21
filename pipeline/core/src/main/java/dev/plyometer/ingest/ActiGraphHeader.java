package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ActiGraph ActiLife RAW CSV: a 10-line block ({@code ------------ Data File Created By ActiGraph … date format
 * M/d/yyyy at 30 Hz …}, serial number, start time and date, epoch period, …), then an optional column header
 * ({@code Accelerometer X,Accelerometer Y,Accelerometer Z}, or with a leading {@code Timestamp}), then rows in g.
 * Without a {@code Timestamp} column, sample n is at the block's start + n / its rate. Epoch (activity count) files
 * share the block but hold counts per epoch ({@code Date,Time,Axis1,…}); they are refused.
 */
final class ActiGraphHeader {
    private ActiGraphHeader() {
    }

    static final int BLOCK_LINES = 10;
    private static final Pattern FIRST_LINE = Pattern.compile("^-*\\s*Data File Created By ActiGraph\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE = Pattern.compile("\\bat\\s+(\\d+(?:\\.\\d+)?)\\s*Hz\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_FORMAT = Pattern.compile("\\bdate format\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE = Pattern.compile("Created By ActiGraph\\s+(.*?)\\s+ActiLife",
            Pattern.CASE_INSENSITIVE);
    private static final String DEFAULT_DATE_FORMAT = "M/d/yyyy";

    static boolean matches(String firstLine) {
        return FIRST_LINE.matcher(firstLine.strip()).matches();
    }

    static Recognition recognise(String file, Preview p) {
        if (p.size() < BLOCK_LINES || !matches(p.text(0))) {
            throw new ImportException(file, Math.min(p.size(), BLOCK_LINES), "expected an ActiGraph RAW CSV header "
                    + "block of " + BLOCK_LINES + " lines starting \"------------ Data File Created By ActiGraph\"");
        }
        String first = p.text(0);
        String epoch = valueOrNull(p, "Epoch Period (hh:mm:ss)");
        int dataIndex = p.nonBlank(BLOCK_LINES);
        if (dataIndex < 0) {
            throw new ImportException(file, BLOCK_LINES, "no data rows after the ActiGraph header block");
        }
        String line = p.text(dataIndex);
        long number = p.line(dataIndex).number();
        List<ColumnName> names = HeaderDialects.columnNames(line, ',');
        List<String> keys = names.stream().map(ColumnName::key).toList();
        boolean countColumns = keys.contains("axis1") || keys.contains("date") && keys.contains("time");
        if (countColumns || epoch != null && !epoch.matches("0*:?0*:?0*(\\.0*)?")) {
            throw new ImportException(file, countColumns ? number : lineOf(p, "Epoch Period"), "ActiGraph epoch "
                    + "(activity count) file" + (epoch != null ? ", epoch period " + epoch : "")
                    + ": counts per epoch, not raw acceleration; export the RAW CSV from ActiLife");
        }
        Matcher rate = RATE.matcher(first);
        if (!rate.find()) {
            throw new ImportException(file, 1, "ActiGraph header: expected the sample rate (\"at 30 Hz\") in line 1");
        }
        double rateHz = Double.parseDouble(rate.group(1));
        if (rateHz < ImportOptions.MIN_SAMPLE_RATE_HZ || rateHz > ImportOptions.MAX_SAMPLE_RATE_HZ) {
            throw new ImportException(file, 1, "ActiGraph header: sample rate " + rate.group(1) + " Hz; expected "
                    + (long) ImportOptions.MIN_SAMPLE_RATE_HZ + " to " + (long) ImportOptions.MAX_SAMPLE_RATE_HZ
                    + " Hz");
        }
        Matcher format = DATE_FORMAT.matcher(first);
        String dateFormat = format.find() ? format.group(1) : DEFAULT_DATE_FORMAT;
        TimePattern dateTime;
        try {
            dateTime = TimePattern.dateAndTime(dateFormat);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, 1, "ActiGraph header: cannot read the date format \"" + dateFormat
                    + "\"; expected a layout like M/d/yyyy or dd/MM/yyyy");
        }
        String startTime = value(file, p, "Start Time");
        String startDate = value(file, p, "Start Date");
        long startNanos;
        try {
            startNanos = dateTime.parse(startDate + " " + startTime);
        } catch (java.time.DateTimeException e) {
            throw new ImportException(file, lineOf(p, "Start Date"), "ActiGraph header: start \"" + startDate + " "
                    + startTime + "\" does not fit the date format " + dateFormat + " HH:mm:ss");
        }
        List<String> notes = new ArrayList<>();
        Matcher device = DEVICE.matcher(first);
        notes.add(String.format(Locale.ROOT, "header block: %s, %s Hz, start %s %s (date format %s; no zone, read "
                        + "as UTC)", device.find() ? "ActiGraph " + device.group(1) : "ActiGraph", rate.group(1),
                startDate, startTime, dateFormat));
        ColumnMapping columns = ColumnMatcher.match(names, file, number);
        int headerIndex = dataIndex;
        if (columns == null) {
            columns = headerless(file, line, number, dateTime);
            headerIndex = -1;
            notes.add("no column header: x, y, z are columns " + (columns.axes().get(0).index() + 1) + "–"
                    + (columns.axes().get(2).index() + 1));
        }
        String evidence = "line 1: " + shortened(first.strip());
        return new Recognition(CsvDialect.ACTIGRAPH_RAW, evidence, headerIndex,
                headerIndex < 0 ? dataIndex : dataIndex + 1, ',', columns, null,
                columns.time() != null ? dateTime : null, startNanos, rateHz, null, Units.G,
                "ActiGraph RAW CSV (always g)", Units.COMMON, Recognition.GENERIC_GRAVITY_HINT, notes);
    }

    /** Data rows straight after the block: x, y, z, or a timestamp in the block's date format and then x, y, z. */
    private static ColumnMapping headerless(String file, String line, long number, TimePattern dateTime) {
        List<String> values = LineSplitter.split(line, ',');
        boolean timestamp = Headerless.fits(dateTime, values.get(0));
        int first = timestamp ? 1 : 0;
        if (values.size() < first + 3 || !isNumber(values.get(first))) {
            throw new ImportException(file, number, "after the ActiGraph header block, expected the column header "
                    + "Accelerometer X,Accelerometer Y,Accelerometer Z or rows of x, y, z in g, found "
                    + RowProblems.shown(line));
        }
        return Headerless.columns(timestamp ? 0 : -1, first, values.size());
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String value(String file, Preview p, String key) {
        String v = valueOrNull(p, key);
        if (v == null) {
            throw new ImportException(file, BLOCK_LINES, "ActiGraph header: expected a \"" + key + "\" line in the "
                    + BLOCK_LINES + "-line block");
        }
        return v;
    }

    /** The text after {@code key} on the block line that starts with it. */
    private static String valueOrNull(Preview p, String key) {
        for (int i = 1; i < BLOCK_LINES && i < p.size(); i++) {
            String text = p.text(i).strip();
            if (text.regionMatches(true, 0, key, 0, key.length())) {
                return text.substring(key.length()).replaceFirst("^[:\\s]+", "").strip();
            }
        }
        return null;
    }

    private static long lineOf(Preview p, String key) {
        for (int i = 1; i < BLOCK_LINES && i < p.size(); i++) {
            if (p.text(i).strip().regionMatches(true, 0, key, 0, key.length())) {
                return p.line(i).number();
            }
        }
        return 0;
    }

    private static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
