package dev.plyometer.simulate;

import java.io.Writer;

/**
 * ActiGraph ActiLife RAW CSV without timestamps: the 10-line header block (device, date format {@code M/d/yyyy},
 * rate, local start time and date, a zero epoch period meaning raw data), the column header, then x, y, z in g with
 * three decimals. Time is implied: sample n is at the start + n / rate, so the start must fall on a whole second of
 * the local clock, as on the device.
 */
final class ActiGraphWriter extends DialectWriter {
    private static final long DOWNLOAD_AFTER_MS = 2 * 3_600_000L;

    ActiGraphWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
        if (startEpochNanos % 1_000_000_000L != 0 || rateHz != Math.rint(rateHz)) {
            throw new IllegalArgumentException("an ActiGraph export starts on a whole second at a whole-Hz rate");
        }
    }

    @Override
    String header() {
        long start = localMs(0);
        long download = start + DOWNLOAD_AFTER_MS;
        return "------------ Data File Created By ActiGraph GT3X+ ActiLife v6.13.3 Firmware v2.5.0 date format "
                + "M/d/yyyy at " + (long) rateHz + " Hz  Filter Normal -----------\n"
                + "Serial Number: NEO1F16120034\n"
                + "Start Time " + time(start) + "\n"
                + "Start Date " + date(start) + "\n"
                + "Epoch Period (hh:mm:ss) 00:00:00\n"
                + "Download Time " + time(download) + "\n"
                + "Download Date " + date(download) + "\n"
                + "Current Memory Address: 0\n"
                + "Current Battery Voltage: 4.12     Mode = 12\n"
                + "--------------------------------------------------\n"
                + "Accelerometer X,Accelerometer Y,Accelerometer Z\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        line.fixed(xG, 3).append(',').fixed(yG, 3).append(',').fixed(zG, 3).append('\n');
    }

    private String time(long ms) {
        return new LineBuilder().clock(ms, '.').toText().substring(0, 8);
    }

    private String date(long ms) {
        int[] d = new LineBuilder().date(ms);
        return d[1] + "/" + d[2] + "/" + d[0];
    }
}
