package dev.plyometer.ingest.fit;

import java.util.Arrays;
import java.util.Locale;

/**
 * An accelerometer {@code three_d_sensor_calibration} (167, {@code sensor_type} 0), applied exactly as Garmin's
 * {@code ThreeDSensorAdjustmentPlugin} does it, in single precision: per axis
 * {@code c = (raw − level_shift − offset_cal[i]) × calibration_factor / calibration_divisor}, each step rounded to a
 * float, then {@code calibrated = M · c} with {@code M = orientation_matrix / 65535} row-major, summed left to right
 * in float. The same arithmetic gives the same bits as the SDK (a test checks it).
 *
 * @param timestamp FIT {@code date_time} of the message (seconds; UTC or system time), or {@link FitTime#NONE}
 * @param factor    {@code calibration_factor} ({@code accel_cal_factor}), g per {@code divisor} counts
 * @param divisor   {@code calibration_divisor}, counts; never 0
 * @param levelShift {@code level_shift}, counts
 * @param offsets   {@code offset_cal}, three per-axis offsets in counts
 * @param matrix    {@code orientation_matrix} already divided by 65535, nine floats, row-major
 */
public record FitCalibration(long timestamp, long factor, long divisor, long levelShift, long[] offsets,
                             float[] matrix) {
    public FitCalibration {
        if (divisor == 0) {
            throw new IllegalArgumentException("calibration_divisor is 0");
        }
        if (offsets.length != 3 || matrix.length != 9) {
            throw new IllegalArgumentException("offset_cal needs 3 values and orientation_matrix 9");
        }
        offsets = offsets.clone();
        matrix = matrix.clone();
    }

    /** The matrix as FIT stores it (sint32, scale 65535), scaled as the SDK does: {@code (float) (raw / 65535.0)}. */
    public static float scaledMatrixValue(long raw) {
        return (float) (raw / 65535.0);
    }

    /** Calibrated g of one raw sample into {@code out[0..2]}. */
    public void apply(int rawX, int rawY, int rawZ, float[] out) {
        float cx = axis(rawX, 0);
        float cy = axis(rawY, 1);
        float cz = axis(rawZ, 2);
        float[] m = matrix;
        out[0] = m[0] * cx + m[1] * cy + m[2] * cz;
        out[1] = m[3] * cx + m[4] * cy + m[5] * cz;
        out[2] = m[6] * cx + m[7] * cy + m[8] * cz;
    }

    private float axis(int raw, int i) {
        float c = raw;
        c -= (float) levelShift;
        c -= (float) offsets[i];
        c *= (float) factor;
        c /= (float) divisor;
        return c;
    }

    /** One line for notes. */
    public String describe() {
        return String.format(Locale.ROOT, "factor %d / divisor %d, level shift %d, offsets %s", factor, divisor,
                levelShift, Arrays.toString(offsets));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitCalibration c && timestamp == c.timestamp && factor == c.factor
                && divisor == c.divisor && levelShift == c.levelShift && Arrays.equals(offsets, c.offsets)
                && Arrays.equals(matrix, c.matrix);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp) * 31 + Arrays.hashCode(matrix);
    }

    @Override
    public String toString() {
        return "FitCalibration[" + describe() + ", matrix " + Arrays.toString(matrix) + "]";
    }
}
