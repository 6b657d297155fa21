package dev.plyometer.simulate;

import java.io.Writer;

/**
 * phyphox, experiment "Acceleration (with g)", CSV export: a quoted header, seconds since the experiment's start,
 * m/s² in scientific notation with 10 significant digits, and the absolute acceleration as a fifth column.
 */
final class PhyphoxWriter extends DialectWriter {
    private static final int SIGNIFICANT = 10;

    PhyphoxWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
    }

    @Override
    String header() {
        return "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\","
                + "\"Absolute acceleration (m/s^2)\"\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        double x = xG * Shapes.G;
        double y = yG * Shapes.G;
        double z = zG * Shapes.G;
        line.scientific(tNanos / 1e9, SIGNIFICANT).append(',').scientific(x, SIGNIFICANT).append(',')
                .scientific(y, SIGNIFICANT).append(',').scientific(z, SIGNIFICANT).append(',')
                .scientific(StrictMath.sqrt(x * x + y * y + z * z), SIGNIFICANT).append('\n');
    }
}
