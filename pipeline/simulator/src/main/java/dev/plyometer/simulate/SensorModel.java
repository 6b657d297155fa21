package dev.plyometer.simulate;

/**
 * The simulated accelerometer at one body location. {@link #trueVector} is the noise-free specific force at the sensor
 * in the body frame (what truth peaks are measured on); {@link #measure} is what the device reports: rotated into the
 * sensor's fixed orientation, per-axis scale error and bias, Gaussian noise, then each axis clipped at ±range.
 * Rotation keeps the magnitude; bias, scale, noise and clipping do not, and truth ignores them on purpose.
 */
final class SensorModel {
    private final ResidualMotion residual;
    private final double[] rotation = new double[9];
    private final double[] bias = new double[3];
    private final double[] gain = new double[3];
    private final double noiseG;
    private final double rangeG;
    private final Rng noise;
    private final double[] scratch = new double[3];
    private long clippedSamples;

    /**
     * @param setup draws the orientation, bias, scale error and residual motion
     * @param noise the noise stream, separate so that the session's structure does not depend on it
     */
    SensorModel(Location location, SensorSpec spec, Rng setup, Rng noise) {
        this.residual = new ResidualMotion(location, setup);
        this.noiseG = spec.noiseG();
        this.rangeG = spec.rangeG();
        this.noise = noise;
        if (spec.orientation() == Orientation.WORN) {
            worn(setup, rotation);
        } else {
            uniform(setup, rotation);
        }
        for (int i = 0; i < 3; i++) {
            bias[i] = setup.uniform(-spec.biasG(), spec.biasG());
            gain[i] = 1 + setup.uniform(-spec.scaleError(), spec.scaleError());
        }
    }

    /** Noise-free specific force at the sensor, body frame (g). */
    void trueVector(Phase phase, double t, double[] out) {
        phase.sensor(t, out);
        residual.add(t, phase.residualWeight(t), out);
    }

    double trueMagnitude(Phase phase, double t) {
        trueVector(phase, t, scratch);
        return Math.sqrt(scratch[0] * scratch[0] + scratch[1] * scratch[1] + scratch[2] * scratch[2]);
    }

    /** What the device reports on its three axes (g). */
    void measure(Phase phase, double t, double[] axes) {
        trueVector(phase, t, scratch);
        double b0 = scratch[0];
        double b1 = scratch[1];
        double b2 = scratch[2];
        boolean clipped = false;
        for (int i = 0; i < 3; i++) {
            double v = rotation[3 * i] * b0 + rotation[3 * i + 1] * b1 + rotation[3 * i + 2] * b2;
            v = gain[i] * v + bias[i];
            if (noiseG > 0) {
                v += noiseG * noise.gaussian();
            }
            if (v > rangeG) {
                v = rangeG;
                clipped = true;
            } else if (v < -rangeG) {
                v = -rangeG;
                clipped = true;
            }
            axes[i] = v;
        }
        if (clipped) {
            clippedSamples++;
        }
    }

    /** Samples with at least one axis at the range limit so far. */
    long clippedSamples() {
        return clippedSamples;
    }

    double rangeG() {
        return rangeG;
    }

    /** Row-major rotation matrix from a uniformly random unit quaternion (Shoemake 1992). */
    private static void uniform(Rng rng, double[] m) {
        double u1 = rng.uniform();
        double u2 = 2 * Math.PI * rng.uniform();
        double u3 = 2 * Math.PI * rng.uniform();
        double a = StrictMath.sqrt(1 - u1);
        double b = StrictMath.sqrt(u1);
        quaternion(a * StrictMath.sin(u2), a * StrictMath.cos(u2), b * StrictMath.sin(u3), b * StrictMath.cos(u3), m);
    }

    private static void quaternion(double x, double y, double z, double w, double[] m) {
        m[0] = 1 - 2 * (y * y + z * z);
        m[1] = 2 * (x * y - z * w);
        m[2] = 2 * (x * z + y * w);
        m[3] = 2 * (x * y + z * w);
        m[4] = 1 - 2 * (x * x + z * z);
        m[5] = 2 * (y * z - x * w);
        m[6] = 2 * (x * z - y * w);
        m[7] = 2 * (y * z + x * w);
        m[8] = 1 - 2 * (x * x + y * y);
    }

    /** A proper signed permutation (one axis vertical) followed by a tilt of up to 25° about a random axis. */
    private static void worn(Rng rng, double[] m) {
        int[][] perms = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {0, 2, 1}, {2, 1, 0}, {1, 0, 2}};
        int p = rng.between(0, 5);
        double[] signs = {rng.sign(), rng.sign(), rng.sign()};
        double det = (p < 3 ? 1 : -1) * signs[0] * signs[1] * signs[2];
        if (det < 0) {
            signs[2] = -signs[2];
        }
        double[] perm = new double[9];
        for (int row = 0; row < 3; row++) {
            perm[3 * row + perms[p][row]] = signs[row];
        }
        double ax = rng.gaussian();
        double ay = rng.gaussian();
        double az = rng.gaussian();
        double n = StrictMath.sqrt(ax * ax + ay * ay + az * az);
        double half = Math.toRadians(rng.uniform(0, 25)) / 2;
        double s = StrictMath.sin(half) / n;
        double[] tilt = new double[9];
        quaternion(ax * s, ay * s, az * s, StrictMath.cos(half), tilt);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[3 * r + c] = tilt[3 * r] * perm[c] + tilt[3 * r + 1] * perm[3 + c] + tilt[3 * r + 2] * perm[6 + c];
            }
        }
    }
}
