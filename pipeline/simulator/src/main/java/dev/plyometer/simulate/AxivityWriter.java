package dev.plyometer.simulate;

import java.io.Writer;

/**
 * Axivity AX3 data as OmGui's "Export raw CSV" writes it without unit conversion: no header, the device's local
 * time {@code YYYY-MM-DD hh:mm:ss.fff}, and x, y, z as raw integers of 1/256 g.
 */
final class AxivityWriter extends DialectWriter {
    static final double PER_G = 256;

    AxivityWriter(Writer out, long startEpochNanos, int localOffsetMinutes, double rateHz) {
        super(out, startEpochNanos, localOffsetMinutes, rateHz);
    }

    @Override
    String header() {
        return "";
    }

    @Override
    void format(long k, long tNanos, double xG, double yG, double zG) {
        line.isoDateTime(localMs(tNanos), ' ').append(',').integer(Math.round(xG * PER_G)).append(',')
                .integer(Math.round(yG * PER_G)).append(',').integer(Math.round(zG * PER_G)).append('\n');
    }
}
