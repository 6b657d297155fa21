package dev.plyometer.simulate;

import java.io.Writer;

/**
 * Physics Toolbox Sensor Suite, g-force meter, with the quirks of real exports: a header naming four columns
 * ({@code time,gFx,gFy,gFz}) over rows of five values (the total g-force last), clock times {@code hh:mm:ss:SSS}
 * without a date on the phone's local clock, and every {@value #DUPLICATE_EVERY}th row stamped with the time of the
 * row before it (the app's clock lags its sensor; real files repeat thousands of timestamps).
 */
final class PhysicsToolboxWriter extends DialectWriter {
    static final int DUPLICATE_EVERY = 50;
    private long lastMs;

    PhysicsToolboxWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
    }

    @Override
    String header() {
        return "time,gFx,gFy,gFz\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        long ms = k % DUPLICATE_EVERY == DUPLICATE_EVERY - 1 ? lastMs : localMs(tNanos);
        lastMs = ms;
        line.clock(ms, ':').append(',').fixed(xG, 3).append(',').fixed(yG, 3).append(',').fixed(zG, 3).append(',')
                .fixed(StrictMath.sqrt(xG * xG + yG * yG + zG * zG), 3).append('\n');
    }
}
