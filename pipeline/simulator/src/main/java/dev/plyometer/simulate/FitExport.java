package dev.plyometer.simulate;

/**
 * How a session is written as FIT or as a FIT-derived export, instead of a plain CSV.
 *
 * @param container         the file format: native FIT, one of four JSON dialects, or FitCSVTool's two CSVs
 * @param values            which of FIT's three acceleration representations the messages carry
 * @param samplesPerMessage samples per {@code accelerometer_data} message (25 on watches, 30 on VIRB cameras)
 * @param systemTime        timestamps on the device's power-on clock, with a {@code timestamp_correlation} to UTC
 * @param compressedTimestamps native FIT only: compressed-timestamp record headers after the first message
 */
public record FitExport(Container container, Values values, int samplesPerMessage, boolean systemTime,
                        boolean compressedTimestamps) {
    public FitExport {
        if (samplesPerMessage < 1 || samplesPerMessage > 100) {
            throw new IllegalArgumentException("samples per message must be 1..100: " + samplesPerMessage);
        }
        if (compressedTimestamps && container != Container.FIT) {
            throw new IllegalArgumentException("compressed timestamps exist only in native FIT");
        }
    }

    /** The formats. */
    public enum Container {
        FIT(".fit", "FIT"),
        GARMIN_SDK_JSON(".json", "Garmin FIT SDK JSON"),
        FIT_FILE_PARSER_JSON(".json", "fit-file-parser JSON"),
        FITPARSE_JSON(".json", "fitparse fitdump JSON"),
        FITDECODE_JSON(".json", "fitdecode fitjson JSON"),
        FITCSVTOOL(".csv", "FitCSVTool CSV"),
        FITCSVTOOL_DATA(".csv", "FitCSVTool --data CSV");

        final String extension;
        final String label;

        Container(String extension, String label) {
            this.extension = extension;
            this.label = label;
        }
    }

    /** FIT's acceleration representations. */
    public enum Values {
        /** {@code accel_x/y/z} counts with a {@code three_d_sensor_calibration}. */
        RAW("raw counts + calibration"),
        /** {@code calibrated_accel_x/y/z}, g (float32). */
        CALIBRATED("calibrated g"),
        /** {@code compressed_calibrated_accel_x/y/z}, milli-g (sint16). */
        COMPRESSED("compressed milli-g");

        final String label;

        Values(String label) {
            this.label = label;
        }
    }

    public static FitExport of(Container container, Values values) {
        return new FitExport(container, values, 25, false, false);
    }

    public String extension() {
        return container.extension;
    }

    /** For example {@code FIT, raw counts + calibration, system time + correlation}, for the fixture table. */
    public String describe() {
        return container.label + ", " + values.label + (systemTime ? ", system time + timestamp_correlation" : "")
                + (compressedTimestamps ? ", compressed timestamps" : "") + ", " + samplesPerMessage + " per message";
    }
}
