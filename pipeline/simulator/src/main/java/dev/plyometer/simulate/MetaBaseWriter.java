package dev.plyometer.simulate;

import java.io.Writer;

/**
 * MbientLab MetaBase accelerometer exports, in g. Classic (≤ v3): {@code epoc (ms),timestamp (+0100),elapsed
 * (s),x-axis (g),y-axis (g),z-axis (g)} with the phone's local time and three decimals. New (2021+):
 * {@code Epoch,X,Y,Z} with epoch seconds and four decimals.
 */
final class MetaBaseWriter extends DialectWriter {
    private final boolean classic;

    MetaBaseWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz, boolean classic) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
        this.classic = classic;
    }

    @Override
    String header() {
        return classic
                ? "epoc (ms),timestamp (" + offsetHhmm() + "),elapsed (s),x-axis (g),y-axis (g),z-axis (g)\n"
                : "Epoch,X,Y,Z\n";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        long ms = epochMs(tNanos);
        if (classic) {
            line.integer(ms).append(',').isoDateTime(localMs(tNanos), 'T').append(',')
                    .fixed(Math.floorDiv(tNanos, LineBuilder.NANOS_PER_MS) / 1000.0, 3).append(',')
                    .fixed(xG, 3).append(',').fixed(yG, 3).append(',').fixed(zG, 3).append('\n');
        } else {
            line.integer(ms / 1000).append('.').digits(Math.floorMod(ms, 1000), 3).append(',').fixed(xG, 4)
                    .append(',').fixed(yG, 4).append(',').fixed(zG, 4).append('\n');
        }
    }
}
