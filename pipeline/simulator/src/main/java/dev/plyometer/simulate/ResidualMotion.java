package dev.plyometer.simulate;

/**
 * Motion of the sensor that the centre-of-mass model does not contain, as one continuous process over the session:
 * <ul>
 *   <li>a residual of trunk rotation and soft tissue (waist) or limb motion (ankle, wrist), which is what the sensor
 *       reads in flight. Its magnitude m(t) = mid + half·q(t) with q a normalised sum of three sines at incommensurate
 *       frequencies, so every flight reads a varying value inside the location's range and never a clean 0 g; its
 *       direction tilts and turns slowly;</li>
 *   <li>postural sway while standing (a few mg vertical, more fore-aft and lateral; more at the wrist).</li>
 * </ul>
 * A phase's residual weight w blends the two: w·residual + (1 − w)·sway.
 */
final class ResidualMotion {
    private final double mid;
    private final double half;
    private final double[] hz = new double[3];
    private final double[] phase = new double[3];
    private final double[] weight = new double[3];
    private final double tiltMaxRad;
    private final double tiltHz;
    private final double tiltPhase;
    private final double turnHz;
    private final double turnPhase;
    private final double swayVerticalG;
    private final double swayHorizontalG;
    private final double[] swayHz = new double[3];
    private final double[] swayPhase = new double[3];

    ResidualMotion(Location location, Rng rng) {
        double lo = location.flightResidualMinG() + rng.uniform(0, 0.02);
        double hi = location.flightResidualMaxG() - rng.uniform(0, 0.03);
        mid = (lo + hi) / 2;
        half = (hi - lo) / 2;
        double[][] bands = {{1.1, 2.3}, {2.7, 4.1}, {4.9, 7.3}};
        double total = 0;
        for (int i = 0; i < 3; i++) {
            hz[i] = rng.uniform(bands[i]);
            phase[i] = rng.uniform(0, 2 * Math.PI);
            weight[i] = rng.uniform(0.5, 1.0) / (i + 1);
            total += weight[i];
        }
        for (int i = 0; i < 3; i++) {
            weight[i] /= total;
        }
        tiltMaxRad = rng.uniform(0.6, 1.2);
        tiltHz = rng.uniform(0.8, 1.6);
        tiltPhase = rng.uniform(0, 2 * Math.PI);
        turnHz = rng.uniform(0.3, 0.9);
        turnPhase = rng.uniform(0, 2 * Math.PI);
        double swayScale = location == Location.WRIST ? 3 : (location == Location.ANKLE ? 0.5 : 1);
        swayVerticalG = swayScale * rng.uniform(0.003, 0.006);
        swayHorizontalG = swayScale * rng.uniform(0.008, 0.015);
        for (int i = 0; i < 3; i++) {
            swayHz[i] = rng.uniform(0.15, 0.6);
            swayPhase[i] = rng.uniform(0, 2 * Math.PI);
        }
    }

    /** Adds w·residual(t) + (1 − w)·sway(t) to the body-frame vector {@code out}. */
    void add(double t, double w, double[] out) {
        if (w > 0) {
            double q = 0;
            for (int i = 0; i < 3; i++) {
                q += weight[i] * StrictMath.sin(2 * Math.PI * hz[i] * t + phase[i]);
            }
            double m = w * (mid + half * q);
            double tilt = tiltMaxRad * (0.5 + 0.5 * StrictMath.sin(2 * Math.PI * tiltHz * t + tiltPhase));
            double turn = 2 * Math.PI * turnHz * t + turnPhase;
            double st = StrictMath.sin(tilt);
            out[0] += m * StrictMath.cos(tilt);
            out[1] += m * st * StrictMath.cos(turn);
            out[2] += m * st * StrictMath.sin(turn);
        }
        if (w < 1) {
            double s = 1 - w;
            out[0] += s * swayVerticalG * StrictMath.sin(2 * Math.PI * swayHz[0] * t + swayPhase[0]);
            out[1] += s * swayHorizontalG * StrictMath.sin(2 * Math.PI * swayHz[1] * t + swayPhase[1]);
            out[2] += s * swayHorizontalG * StrictMath.sin(2 * Math.PI * swayHz[2] * t + swayPhase[2]);
        }
    }
}
