package dev.plyometer.simulate;

import java.io.Writer;

/**
 * SensorLog (iOS) wide CSV with the accelerometer and device-motion streams: a text logging time with the phone's
 * offset, seconds since the phone's reboot per stream, the accelerometer in g with gravity (iOS signs: a phone at rest
 * face up reads z ≈ −1 g), and device motion split into user acceleration (gravity removed) and gravity, estimated
 * here with a one-second low-pass as Core Motion's sensor fusion roughly does.
 */
final class SensorLogWriter extends DialectWriter {
    /** Seconds since the phone's reboot at the first row. */
    static final double UPTIME_AT_START_S = 33_071.1;
    private static final double GRAVITY_TIME_CONSTANT_S = 1.0;

    private final double alpha;
    private double gx;
    private double gy;
    private double gz;

    SensorLogWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
        this.alpha = 1 / (1 + GRAVITY_TIME_CONSTANT_S * rateHz);
    }

    @Override
    String header() {
        return "loggingTime(txt),loggingSample(N),accelerometerTimestamp_sinceReboot(s),"
                + "accelerometerAccelerationX(G),accelerometerAccelerationY(G),accelerometerAccelerationZ(G),"
                + "motionTimestamp_sinceReboot(s),motionUserAccelerationX(G),motionUserAccelerationY(G),"
                + "motionUserAccelerationZ(G),motionGravityX(G),motionGravityY(G),motionGravityZ(G)\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        double x = -xG;
        double y = -yG;
        double z = -zG;
        if (k == 0) {
            gx = x;
            gy = y;
            gz = z;
        } else {
            gx += alpha * (x - gx);
            gy += alpha * (y - gy);
            gz += alpha * (z - gz);
        }
        double uptime = UPTIME_AT_START_S + tNanos / 1e9;
        line.isoDateTime(localMs(tNanos), ' ').append(' ').append(offsetHhmm()).append(',').integer(k).append(',')
                .fixed(uptime, 6).append(',').fixed(x, 6).append(',').fixed(y, 6).append(',').fixed(z, 6)
                .append(',').fixed(uptime, 6).append(',').fixed(x - gx, 6).append(',').fixed(y - gy, 6).append(',')
                .fixed(z - gz, 6).append(',').fixed(gx, 6).append(',').fixed(gy, 6).append(',').fixed(gz, 6)
                .append('\n');
    }
}
