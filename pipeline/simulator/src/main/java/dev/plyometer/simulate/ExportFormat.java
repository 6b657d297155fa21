package dev.plyometer.simulate;

import dev.plyometer.ingest.CsvDialect;
import java.util.List;

/**
 * How an export is written: time encoding and header, axis headers and units, delimiter, decimal separator and number
 * of decimals. Units may be stated in the header ({@code ax (m/s^2)}, {@code x [mg]}) or not, in which case an
 * importer must infer them from the magnitude at rest.
 *
 * @param time               time encoding
 * @param units              acceleration units
 * @param timeHeader         header of the time column
 * @param axisHeaders        headers of the x, y, z columns
 * @param delimiter          field delimiter, {@code ,} or {@code ;}
 * @param decimalComma       write {@code 0,9812} instead of {@code 0.9812} (with {@code ;} as delimiter)
 * @param decimals           decimals of the acceleration values
 * @param localOffsetMinutes offset of the device's wall clock from UTC, for {@link TimeEncoding#ISO_LOCAL} and the
 *                           dialects that write local time
 * @param dialect            {@link CsvDialect#GENERIC} for the header-named CSV the other fields describe; otherwise
 *                           an app's or device's export, written exactly as that app writes it (its own header,
 *                           units, clock and delimiter; {@code time} and {@code units} then name the nearest
 *                           encoding and unit, for tables)
 */
public record ExportFormat(TimeEncoding time, Units units, String timeHeader, List<String> axisHeaders, char delimiter,
                           boolean decimalComma, int decimals, int localOffsetMinutes, CsvDialect dialect) {
    public ExportFormat {
        axisHeaders = List.copyOf(axisHeaders);
        if (axisHeaders.size() != 3) {
            throw new IllegalArgumentException("three axis headers expected: " + axisHeaders);
        }
        if (decimalComma && delimiter == ',') {
            throw new IllegalArgumentException("a decimal comma needs another delimiter than ','");
        }
        if (decimals < 0 || decimals > 9) {
            throw new IllegalArgumentException("decimals must be 0..9: " + decimals);
        }
    }

    /** Comma-separated, headers {@code <time>,x,y,z}, the units' default decimals, local clock UTC+1. */
    public static ExportFormat of(TimeEncoding time, Units units) {
        return new ExportFormat(time, units, time.defaultHeader(), List.of("x", "y", "z"), ',', false,
                units.decimals(), 60, CsvDialect.GENERIC);
    }

    /** An app's or device's own export (see {@link ExportWriters} for how each is written), local clock UTC+1. */
    public static ExportFormat of(CsvDialect dialect) {
        ExportFormat nearest = switch (dialect) {
            case GENERIC -> generic();
            case PHYPHOX -> of(TimeEncoding.SECONDS_SINCE_START, Units.M_S2);
            case SENSOR_LOGGER -> of(TimeEncoding.EPOCH_NS, Units.M_S2);
            case POLAR_SENSOR_LOGGER -> of(TimeEncoding.ISO_LOCAL, Units.MILLI_G);
            case METABASE -> of(TimeEncoding.EPOCH_MS, Units.G);
            case METABASE_NEW -> of(TimeEncoding.EPOCH_S, Units.G);
            default -> of(TimeEncoding.ISO_LOCAL, Units.G);
        };
        return new ExportFormat(nearest.time, nearest.units, nearest.timeHeader, nearest.axisHeaders,
                nearest.delimiter, false, nearest.decimals, nearest.localOffsetMinutes, dialect);
    }

    /** The generic benchmark and default format: {@code timestamp,x,y,z}, epoch ms, g with 4 decimals. */
    public static ExportFormat generic() {
        return of(TimeEncoding.EPOCH_MS, Units.G);
    }

    public ExportFormat withHeaders(String timeHeader, String x, String y, String z) {
        return new ExportFormat(time, units, timeHeader, List.of(x, y, z), delimiter, decimalComma, decimals,
                localOffsetMinutes, dialect);
    }

    public ExportFormat withAxes(String x, String y, String z) {
        return withHeaders(timeHeader, x, y, z);
    }

    /** Semicolon delimiter and decimal comma, as spreadsheet exports in many European locales write. */
    public ExportFormat withSemicolonAndDecimalComma() {
        return new ExportFormat(time, units, timeHeader, axisHeaders, ';', true, decimals, localOffsetMinutes,
                dialect);
    }

    /** For example {@code epoch-ms, g (header)}, for the fixture table. */
    public String describe() {
        if (dialect != CsvDialect.GENERIC) {
            return ExportWriters.describe(dialect);
        }
        boolean stated = axisHeaders.get(0).matches(".*[\\[(_].*");
        String s = time.label() + ", " + units.label() + (stated ? " (in header)" : " (not stated)");
        return delimiter == ';' ? s + ", ';' + decimal comma" : s;
    }
}
