package dev.plyometer.simulate;

import java.math.BigDecimal;

/**
 * One {@code accelerometer_data} message as the writers need it, in all three representations (each writer uses the
 * one its {@link FitExport} asks for). Reused: {@link FitMessageGrouper} fills it message after message.
 *
 * <p>Calibrated values are quantised to 1/2048 g, as a 2048-counts-per-g sensor's calibrated output is, so that every
 * value is exactly a float32 and has a short exact decimal: the text writers print {@link #decimal(double)}, which
 * depends on no JDK's float formatting.
 */
final class FitMessage {
    /** The calibration of {@link FitExport.Values#RAW} exports, VIRB-like: z of the sensor is −x of the device. */
    static final long FACTOR = 1;
    static final long DIVISOR = 2048;
    static final long LEVEL_SHIFT = 32768;
    static final int[] OFFSETS = {0, -8, -46};
    /** Row-major, in units of 1/65535: X = −cy, Y = −cz, Z = −cx. */
    static final int[] MATRIX = {0, -65535, 0, 0, 0, -65535, -65535, 0, 0};

    final int capacity;
    int count;
    /** FIT {@code date_time} of the first sample (UTC, or system time), seconds. */
    long timestamp;
    int timestampMs;
    final int[] offsets;
    final int[][] raw;
    final double[][] calibrated;
    final int[][] compressed;

    FitMessage(int capacity) {
        this.capacity = capacity;
        offsets = new int[capacity];
        raw = new int[3][capacity];
        calibrated = new double[3][capacity];
        compressed = new int[3][capacity];
    }

    /** Sample {@code i} from g values (the device's axes). */
    void set(int i, int offsetMs, double xG, double yG, double zG) {
        offsets[i] = offsetMs;
        double[] g = {xG, yG, zG};
        for (int a = 0; a < 3; a++) {
            calibrated[a][i] = Math.round(g[a] * 2048) / 2048.0;
            compressed[a][i] = (int) Math.max(-32767, Math.min(32766, Math.round(g[a] * 1000)));
        }
        // invert M (a signed permutation: M⁻¹ = Mᵀ): c = Mᵀ·g, then raw = c·divisor/factor + level shift + offset
        for (int a = 0; a < 3; a++) {
            double c = 0;
            for (int r = 0; r < 3; r++) {
                c += MATRIX[r * 3 + a] / 65535.0 * calibrated[r][i];
            }
            long counts = Math.round(c * DIVISOR / FACTOR) + LEVEL_SHIFT + OFFSETS[a];
            raw[a][i] = (int) Math.max(0, Math.min(65534, counts));
        }
    }

    /** The exact decimal of a value that is exactly a float (no exponent, no JDK formatting in between). */
    static String decimal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).toPlainString();
    }

    /** As {@link #decimal} but always with a fraction ({@code 1.0}), as Python and Java print floats. */
    static String floatDecimal(double v) {
        String s = decimal(v);
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }
}
