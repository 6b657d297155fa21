package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GENEActiv (Activinsights) CSV: a 100-line header of {@code key,value} lines ({@code Device Type,GENEActiv},
 * {@code Measurement Frequency,100 Hz}, {@code Start Time,2025-02-01 09:00:00:000}, {@code Time Zone,GMT -05:00},
 * …), then from line 101 rows without a column header: time ({@code YYYY-MM-DD hh:mm:ss:mmm}, a colon before the
 * milliseconds), x, y, z in g, light, button, temperature. Epoch-compressed exports have the same header but means
 * and standard deviations per epoch; they are refused.
 */
final class GeneActivHeader {
    private GeneActivHeader() {
    }

    static final int HEADER_LINES = 100;
    /** Values in a raw row: time, x, y, z, light, button, temperature. */
    static final int RAW_VALUES = 7;
    private static final Pattern ZONE = Pattern.compile("(?:GMT|UTC)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_ROW = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[ T]\\d.*");

    static boolean matches(Preview p) {
        for (int i = 0; i < Math.min(HEADER_LINES, p.size()); i++) {
            if (isDeviceType(p.text(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeviceType(String line) {
        List<String> kv = LineSplitter.split(line.strip(), ',');
        return kv.size() >= 2 && kv.get(0).strip().equalsIgnoreCase("Device Type")
                && kv.get(1).strip().toLowerCase(Locale.ROOT).startsWith("geneactiv");
    }

    static Recognition recognise(String file, Preview p) {
        int dataIndex = -1;
        for (int i = 0; i < p.size(); i++) {
            if (DATA_ROW.matcher(p.text(i)).matches()) {
                dataIndex = i;
                break;
            }
        }
        if (dataIndex < 0) {
            throw new ImportException(file, Math.min(p.size(), HEADER_LINES), p.eof
                    ? "no data rows after the GENEActiv header; expected rows like 2025-02-01 09:00:00:000,x,y,z,…"
                    : "no data row in " + p.extent() + " after the GENEActiv header");
        }
        String type = value(p, dataIndex, "Device Type");
        String frequency = value(p, dataIndex, "Measurement Frequency");
        String start = value(p, dataIndex, "Start Time");
        String zone = value(p, dataIndex, "Time Zone");
        String location = value(p, dataIndex, "Device Location Code");
        List<String> notes = new ArrayList<>();
        notes.add("header: " + String.join(", ", present(List.of("Device Type " + type,
                "Measurement Frequency " + frequency, "Start Time " + start, "Time Zone " + zone,
                "Device Location Code " + location))));
        long number = p.line(dataIndex).number();
        if (number != HEADER_LINES + 1) {
            notes.add("data starts on line " + number + " (GENEActiv writes it on line " + (HEADER_LINES + 1) + ")");
        }
        List<String> values = LineSplitter.split(p.text(dataIndex), ',');
        double rateHz = rate(frequency);
        String interval = firstInterval(p, dataIndex);
        if (values.size() > RAW_VALUES || interval != null && rateHz >= 2) {
            throw new ImportException(file, number, "GENEActiv epoch-compressed export (" + values.size()
                    + " values a row" + (interval != null ? ", rows " + interval + " apart" : "") + "): means and "
                    + "deviations per epoch, not raw samples; export the raw data from GENEActiv PC software");
        }
        if (values.size() < 4) {
            throw new ImportException(file, number, "GENEActiv row with " + values.size() + " values; expected "
                    + "time, x, y, z, light, button, temperature");
        }
        TimePattern pattern = Headerless.fits(TimeDetector.COLON_MS_DATE_TIME, values.get(0))
                ? TimeDetector.COLON_MS_DATE_TIME : null;
        Integer offset = zoneOffsetSeconds(zone);
        ColumnMapping columns = Headerless.columns(0, 1, values.size(), "light (lux)", "button", "temperature (°C)");
        return new Recognition(CsvDialect.GENEACTIV, "line " + p.line(lineOf(p, dataIndex)).number()
                + ": Device Type," + type, -1, dataIndex, ',', columns, null, pattern, null, rateHz, offset, Units.G,
                "GENEActiv CSV (always g)", Units.COMMON, Recognition.GENERIC_GRAVITY_HINT, notes);
    }

    /** {@code GMT -05:00} → -18000; {@code null} when the header has no zone or one this does not read. */
    static Integer zoneOffsetSeconds(String zone) {
        if (zone == null) {
            return null;
        }
        Matcher m = ZONE.matcher(zone.strip());
        if (!m.matches()) {
            return zone.strip().equalsIgnoreCase("GMT") || zone.strip().equalsIgnoreCase("UTC") ? 0 : null;
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59) {
            return null;
        }
        return (m.group(1).equals("-") ? -1 : 1) * (hours * 3600 + minutes * 60);
    }

    private static double rate(String frequency) {
        if (frequency == null) {
            return 0;
        }
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)").matcher(frequency);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** "60 s" when the first two rows are a second or more apart (an epoch, not a sample period), else null. */
    private static String firstInterval(Preview p, int dataIndex) {
        int next = p.nonBlank(dataIndex + 1);
        if (next < 0) {
            return null;
        }
        String a = LineSplitter.split(p.text(dataIndex), ',').get(0);
        String b = LineSplitter.split(p.text(next), ',').get(0);
        TimePattern t = TimeDetector.COLON_MS_DATE_TIME;
        if (!Headerless.fits(t, a) || !Headerless.fits(t, b)) {
            return null;
        }
        double seconds = (t.parse(b) - t.parse(a)) / 1e9;
        return seconds >= 1 ? String.format(Locale.ROOT, "%.0f s", seconds) : null;
    }

    private static String value(Preview p, int before, String key) {
        int i = lineOfKey(p, before, key);
        if (i < 0) {
            return null;
        }
        List<String> kv = LineSplitter.split(p.text(i), ',');
        return kv.size() < 2 ? "" : String.join(",", kv.subList(1, kv.size())).strip();
    }

    private static int lineOfKey(Preview p, int before, String key) {
        for (int i = 0; i < before; i++) {
            List<String> kv = LineSplitter.split(p.text(i), ',');
            if (kv.get(0).strip().equalsIgnoreCase(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(Preview p, int before) {
        int i = lineOfKey(p, before, "Device Type");
        return Math.max(i, 0);
    }

    private static List<String> present(List<String> parts) {
        return parts.stream().filter(s -> !s.endsWith(" null")).toList();
    }
}
