package dev.plyometer.simulate;

import java.io.Writer;

/**
 * Polar Sensor Logger, ACC stream ({@code …_ACC.txt}): semicolons, the phone's local time of receipt (ISO without
 * zone, milliseconds, later than the sample by a Bluetooth latency of {@value #MIN_LATENCY_MS}–
 * {@value #MAX_LATENCY_MS} ms that varies row to row), the sensor's own nanosecond clock (an epoch unrelated to the
 * phone's date), and integer milli-g.
 */
final class PolarWriter extends DialectWriter {
    /** The sensor clock's reading at the first row (Polar counts from its own epoch). */
    static final long SENSOR_CLOCK_AT_START_NS = 599_616_065_136_175_104L;
    static final int MIN_LATENCY_MS = 15;
    static final int MAX_LATENCY_MS = 25;

    PolarWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
    }

    @Override
    String header() {
        return "Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        long latency = MIN_LATENCY_MS + (k * 7) % (MAX_LATENCY_MS - MIN_LATENCY_MS + 1);
        line.isoDateTime(localMs(tNanos) + latency, 'T').append(';').integer(SENSOR_CLOCK_AT_START_NS + tNanos)
                .append(';').integer(Math.round(xG * 1000)).append(';').integer(Math.round(yG * 1000)).append(';')
                .integer(Math.round(zG * 1000)).append('\n');
    }
}
