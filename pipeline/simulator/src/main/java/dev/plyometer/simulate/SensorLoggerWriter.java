package dev.plyometer.simulate;

import java.io.Writer;

/**
 * Sensor Logger (Kelvin Choi) {@code TotalAcceleration.csv}: {@code time,seconds_elapsed,z,y,x} (z, y, x in that
 * order), time in nanoseconds since the Unix epoch, seconds since Start was tapped (the recording here begins
 * {@value #LEAD_S} s after it), m/s² with gravity.
 */
final class SensorLoggerWriter extends DialectWriter {
    static final double LEAD_S = 0.25;

    SensorLoggerWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
    }

    @Override
    String header() {
        return "time,seconds_elapsed,z,y,x\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        line.integer(startEpochNanos + tNanos).append(',').fixed(LEAD_S + tNanos / 1e9, 9).append(',')
                .fixed(zG * Shapes.G, 6).append(',').fixed(yG * Shapes.G, 6).append(',').fixed(xG * Shapes.G, 6)
                .append('\n');
    }
}
