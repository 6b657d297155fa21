package dev.plyometer.simulate;

/**
 * The simulated accelerometer's imperfections.
 *
 * @param rangeG      each axis clips at ±rangeG (8 or 16 typical)
 * @param noiseG      standard deviation of white Gaussian noise per axis (g)
 * @param biasG       per-axis bias drawn uniformly from ±biasG
 * @param scaleError  per-axis scale error drawn uniformly from ±scaleError (0.02 = ±2 %)
 * @param orientation how the fixed orientation is drawn
 */
public record SensorSpec(double rangeG, double noiseG, double biasG, double scaleError, Orientation orientation) {
    public SensorSpec {
        if (!(rangeG > 1)) {
            throw new IllegalArgumentException("range must exceed 1 g: " + rangeG);
        }
        if (noiseG < 0 || biasG < 0 || scaleError < 0) {
            throw new IllegalArgumentException("noise, bias and scale error must not be negative");
        }
    }

    /** A typical MEMS accelerometer: 0.015 g noise, ±0.02 g bias, ±2 % scale, random orientation. */
    public static SensorSpec typical(double rangeG) {
        return new SensorSpec(rangeG, 0.015, 0.02, 0.02, Orientation.RANDOM);
    }

    public SensorSpec withNoise(double g) {
        return new SensorSpec(rangeG, g, biasG, scaleError, orientation);
    }

    public SensorSpec withOrientation(Orientation o) {
        return new SensorSpec(rangeG, noiseG, biasG, scaleError, o);
    }
}
