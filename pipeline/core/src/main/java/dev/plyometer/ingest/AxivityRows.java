package dev.plyometer.ingest;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Axivity AX3/AX6 data exported by OmGui as raw CSV: no header, rows {@code YYYY-MM-DD hh:mm:ss.fff,x,y,z} (AX6 adds
 * gyroscope columns), the device's local clock. Values are in g or, when exported without conversion, in raw units
 * of 1/256 g; which one is inferred from the magnitude at rest (about 1 or about 256).
 */
final class AxivityRows {
    private AxivityRows() {
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,9}(,\\s*[-+]?\\d+(\\.\\d+)?){3,}\\s*$");

    static boolean matches(String firstLine) {
        return ROW.matcher(firstLine).matches();
    }

    static Recognition recognise(String file, Preview p, int first) {
        String line = p.text(first);
        List<String> values = LineSplitter.split(line, ',');
        if (!matches(line)) {
            throw new ImportException(file, p.line(first).number(), "expected an Axivity OmGui raw CSV row like "
                    + "2025-11-24 12:19:03.410,0.656250,-1.000000,2.781250 (no header), found "
                    + RowProblems.shown(line));
        }
        ColumnMapping columns = Headerless.columns(0, 1, values.size(), "gyro x", "gyro y", "gyro z");
        return new Recognition(CsvDialect.AXIVITY_OMGUI, "line " + p.line(first).number()
                + ": no header; rows of date-time and " + (values.size() - 1) + " numbers", -1, first, ',', columns,
                null, null, null, 0, null, null, null, EnumSet.of(Units.G, Units.RAW_256),
                Recognition.GENERIC_GRAVITY_HINT, List.of());
    }
}
