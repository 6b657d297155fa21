package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dialects whose header line names the columns: finds that line (after up to a few preamble lines), maps its
 * columns, and tells the apps apart by their exact column names. What differs per app beyond the label: which of
 * two clocks gives the intervals (Polar, SensorLog) and what to advise when gravity was removed.
 */
final class HeaderDialects {
    private HeaderDialects() {
    }

    /** The header may follow a few preamble lines (device and export information). */
    static final int HEADER_SEARCH_LINES = 20;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int MAX_EVIDENCE = 100;

    /** The header line: where it is, its delimiter, its names and what they map to. */
    record Header(int index, char delimiter, List<ColumnName> names, ColumnMapping columns) {
    }

    static Recognition recognise(String file, Preview p, CsvDialect forced) {
        Header h = find(file, p);
        CsvDialect dialect = forced != null ? forced : classify(h);
        String text = p.text(h.index);
        String evidence = forced != null ? "given by the user (--format " + forced.label() + ")"
                : dialect == CsvDialect.GENERIC ? "no app signature; the header on line " + p.line(h.index).number()
                        + " names a time column and x, y, z"
                : "header on line " + p.line(h.index).number() + ": " + shortened(text.strip());
        ColumnMapping columns = h.columns;
        ColumnName wall = null;
        if (dialect == CsvDialect.POLAR_SENSOR_LOGGER) {
            ColumnName sensor = named(h.names, "sensortimestamp");
            ColumnName phone = named(h.names, "phonetimestamp");
            if (sensor != null && phone != null) {
                columns = withTime(columns, h.names, sensor, phone);
                wall = phone;
            }
        } else if (dialect == CsvDialect.SENSORLOG) {
            ColumnName sinceReboot = named(h.names, "accelerometertimestampsincereboot");
            ColumnName logging = named(h.names, "loggingtime");
            if (sinceReboot != null) {
                columns = withTime(columns, h.names, sinceReboot, logging);
                wall = logging;
            }
        }
        List<String> notes = new ArrayList<>();
        long number = p.line(h.index).number();
        if (number > 1) {
            notes.add("skipped " + (number - 1) + " lines before the header");
        }
        return new Recognition(dialect, evidence, h.index, h.index + 1, h.delimiter, columns, wall, null, null, 0,
                null, null, null, Units.COMMON, gravityHint(dialect), notes);
    }

    /** Tells the apps apart by their exact column names; anything else is the generic dialect. */
    static CsvDialect classify(Header h) {
        List<String> raw = h.names.stream().map(ColumnName::raw).toList();
        List<String> keys = h.names.stream().map(ColumnName::key).toList();
        List<String> axes = h.columns.axes().stream().map(ColumnName::key).toList();
        if (raw.equals(List.of("time", "seconds_elapsed", "z", "y", "x"))) {
            return CsvDialect.SENSOR_LOGGER;
        }
        if (raw.get(0).equals("Time (s)") && (axes.get(0).equals("accelerationx")
                || axes.get(0).equals("linearaccelerationx"))) {
            return CsvDialect.PHYPHOX;
        }
        if (keys.contains("loggingtime") || axes.get(0).equals("accelerometeraccelerationx")
                || axes.get(0).equals("motionuseraccelerationx")) {
            return CsvDialect.SENSORLOG;
        }
        if (axes.equals(List.of("gfx", "gfy", "gfz"))) {
            return CsvDialect.PHYSICS_TOOLBOX;
        }
        if (keys.contains("phonetimestamp") && keys.contains("sensortimestamp")) {
            return CsvDialect.POLAR_SENSOR_LOGGER;
        }
        if (keys.contains("epoc") && h.columns.axes().get(0).raw().startsWith("x-axis")) {
            return CsvDialect.METABASE;
        }
        if (raw.equals(List.of("Epoch", "X", "Y", "Z"))) {
            return CsvDialect.METABASE_NEW;
        }
        return CsvDialect.GENERIC;
    }

    static String gravityHint(CsvDialect dialect) {
        return switch (dialect) {
            case PHYPHOX -> "phyphox's \"Linear Acceleration\" experiment removes gravity; record with its "
                    + "\"Acceleration (with g)\" experiment instead";
            case SENSOR_LOGGER -> "Sensor Logger's Accelerometer.csv has gravity removed (and Gyroscope.csv is a "
                    + "rotation rate); use TotalAcceleration.csv from the same recording instead (Android; on iOS "
                    + "Sensor Logger writes no gravity-inclusive file)";
            case SENSORLOG -> "SensorLog's motionUserAcceleration columns have gravity removed; log the "
                    + "accelerometer too (accelerometerAccelerationX(G), …)";
            default -> Recognition.GENERIC_GRAVITY_HINT;
        };
    }

    /** The first of the first {@value #HEADER_SEARCH_LINES} non-blank lines that names a time column and x, y, z. */
    static Header find(String file, Preview p) {
        int seen = 0;
        int first = -1;
        for (int i = 0; i < p.size() && seen < HEADER_SEARCH_LINES; i++) {
            String text = p.text(i);
            if (text.isBlank()) {
                continue;
            }
            seen++;
            if (first < 0) {
                first = i;
            }
            for (char d : delimiters(text)) {
                List<ColumnName> names = columnNames(text, d);
                ColumnMapping columns = ColumnMatcher.match(names, file, p.line(i).number());
                if (columns != null) {
                    return new Header(i, d, names, columns);
                }
            }
        }
        if (first < 0) {
            throw new ImportException(file, 0, p.eof
                    ? "empty file; expected a CSV header such as timestamp,x,y,z and data rows"
                    : "only blank lines in " + p.extent() + "; expected a CSV header");
        }
        String text = p.text(first);
        List<ColumnName> names = columnNames(text, delimiters(text).get(0));
        List<String> found = new ArrayList<>();
        for (ColumnName c : names) {
            found.add(c.quoted());
        }
        List<String> keys = names.stream().map(ColumnName::key).toList();
        if (keys.contains("axis1") && keys.contains("axis2")) {
            throw new ImportException(file, p.line(first).number(), "ActiGraph epoch (activity count) columns "
                    + listed(found) + ": counts per epoch, not raw acceleration; export the RAW CSV from ActiLife");
        }
        throw new ImportException(file, p.line(first).number(), "no time and x, y, z acceleration columns in the "
                + "header; found " + listed(found) + "; expected " + ColumnMatcher.EXPECTED_NAMES);
    }

    /** Delimiters present in the line, most frequent first; a comma when there is none. */
    static List<Character> delimiters(String text) {
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

    static List<ColumnName> columnNames(String text, char delimiter) {
        List<String> values = LineSplitter.split(text, delimiter);
        List<ColumnName> names = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            names.add(ColumnName.of(i, values.get(i)));
        }
        return names;
    }

    /** The mapping with another time column; {@code alsoUsed} (a wall-clock column) is no longer ignored either. */
    static ColumnMapping withTime(ColumnMapping c, List<ColumnName> names, ColumnName time, ColumnName alsoUsed) {
        List<ColumnName> ignored = new ArrayList<>();
        for (ColumnName n : names) {
            if (n != time && n != alsoUsed && !c.axes().contains(n)) {
                ignored.add(n);
            }
        }
        return new ColumnMapping(time, ColumnMatcher.timeScale(time), c.axes(), c.units(), c.unitsEvidence(),
                c.gravityRemoved(), ignored);
    }

    private static ColumnName named(List<ColumnName> names, String key) {
        for (ColumnName n : names) {
            if (n.key().equals(key)) {
                return n;
            }
        }
        return null;
    }

    private static String shortened(String text) {
        return text.length() <= MAX_EVIDENCE ? text : text.substring(0, MAX_EVIDENCE) + "…";
    }

    static String listed(List<String> names) {
        int max = 12;
        if (names.size() <= max) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, max)) + " and " + (names.size() - max) + " more";
    }
}
