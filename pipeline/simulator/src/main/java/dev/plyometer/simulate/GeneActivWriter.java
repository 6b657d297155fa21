package dev.plyometer.simulate;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GENEActiv CSV as GENEActiv PC software converts a {@code .bin}: a header of exactly {@value #HEADER_LINES} lines
 * (device identity, configuration with {@code Measurement Frequency}, {@code Start Time} and {@code Time Zone},
 * subject, calibration, memory), then from line 101 rows without a column header: the local time
 * {@code YYYY-MM-DD hh:mm:ss:mmm} (a colon before the milliseconds), x, y, z in g, light (lux), button, temperature.
 */
final class GeneActivWriter extends DialectWriter {
    static final int HEADER_LINES = 100;

    GeneActivWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
    }

    @Override
    String header() {
        long start = localMs(0);
        String zone = "GMT " + offsetHhmm().substring(0, 3) + ":" + offsetHhmm().substring(3);
        List<String> lines = new ArrayList<>(List.of(
                "Device Identity", "Device Unique Serial Code,046530", "Device Type,GENEActiv", "Device Model,1.1",
                "Device Firmware,Ver06.17 15June2016", "Calibration Date,2026-01-10 14:02:31:000", "",
                "Configuration Info", "Measurement Frequency," + (long) rateHz + " Hz",
                "Measurement Period,168 Hours", "Start Time," + stamp(start), "Time Zone," + zone,
                "Study Centre,plyometer", "Study Code,fixture", "Investigator ID,simulator",
                "Exercise Type,plyometrics", "Config Operator ID,simulator",
                "Config Time," + stamp(start - 300_000L), "Config Notes,", "", "Trial Info",
                "Extract Operator ID,simulator", "Extract Time," + stamp(start + 7_200_000L), "Extract Notes,", "",
                "Subject Info", "Device Location Code,waist", "Subject Code,P01", "Date of Birth,", "Sex,",
                "Height,", "Weight,", "Handedness Code,", "Subject Notes,", "", "Calibration Data", "x gain,25548",
                "x offset,-1261", "y gain,25587", "y offset,-1135", "z gain,25458", "z offset,-406", "Volts,300",
                "Lux,800", "", "Memory Status", "Number of Pages,2048", "Page Size,300"));
        while (lines.size() < HEADER_LINES) {
            lines.add("");
        }
        return String.join("\n", lines) + "\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        line.isoDate(localMs(tNanos), ' ').clock(localMs(tNanos), ':').append(',').fixed(xG, 4).append(',')
                .fixed(yG, 4).append(',').fixed(zG, 4).append(",40,0,25.3\n");
    }

    private static String stamp(long ms) {
        return new LineBuilder().isoDate(ms, ' ').clock(ms, ':').toText();
    }
}
