package dev.plyometer.simulate;

/**
 * Walking: a distractor. One foot is always on the ground, so the waist reads roughly 0.6–1.5 g and never a lull.
 * The vertical force oscillates at the step frequency with a second harmonic and a small heel-strike transient whose
 * mean is removed, so each step has zero net impulse (the centre of mass goes up and down, not away). Fore-aft force
 * brakes after each heel strike and propels before toe-off; lateral force sways at the stride frequency. Amplitudes
 * ramp in and out over half a step at each end, so walking joins standing smoothly.
 *
 * <p>At the ankle the sensor leg adds its heel strike (every other step) and its swing; at the wrist the arm swings
 * at the stride frequency and the trunk's vertical motion arrives damped.
 */
final class WalkPhase extends Phase {
    private static final double HEEL_RISE_S = 0.02;
    private static final double HEEL_DECAY_S = 0.03;

    private final Location location;
    private final double stepHz;
    private final double a1;
    private final double a2;
    private final double phi2;
    private final double heelG;
    private final double heelMean;
    private final double foreAftG;
    private final double lateralG;
    private final double ankleHeelG;
    private final double ankleSwingG;
    private final double wristSwingG;
    /** Removes what the amplitude ramps and the heel transient leave of net impulse, so walking ends at rest. */
    private final double offsetG;

    private WalkPhase(double start, double duration, double stepHz, Location location, Rng rng) {
        super(start, duration);
        this.location = location;
        this.stepHz = stepHz;
        a1 = rng.uniform(0.18, 0.25);
        a2 = rng.uniform(0.03, 0.06);
        phi2 = rng.uniform(0, 2 * Math.PI);
        heelG = rng.uniform(0.05, 0.11);
        double period = 1 / stepHz;
        heelMean = (HEEL_RISE_S / 2 + HEEL_DECAY_S * (1 - StrictMath.exp(-(period - HEEL_RISE_S) / HEEL_DECAY_S)))
                / period;
        foreAftG = rng.uniform(0.1, 0.2);
        lateralG = rng.uniform(0.05, 0.1);
        ankleHeelG = rng.uniform(1.2, 2.5);
        ankleSwingG = rng.uniform(0.6, 1.2);
        wristSwingG = rng.uniform(0.15, 0.35);
        int intervals = (int) Math.ceil(duration / 0.0005);
        double net = Shapes.integrate(u -> oscillation(u), 0, duration, intervals);
        double weight = Shapes.integrate(this::envelope, 0, duration, intervals);
        offsetG = net / weight;
    }

    /** {@code steps} steps at 1.8–2.0 steps/s. */
    static WalkPhase create(double start, int steps, Location location, Rng rng) {
        double stepHz = rng.uniform(1.8, 2.0);
        return new WalkPhase(start, steps / stepHz, stepHz, location, rng);
    }

    int steps() {
        return (int) Math.round(duration() * stepHz);
    }

    private double envelope(double u) {
        return Shapes.smoothstep(Math.min(u, duration() - u) * 2 * stepHz);
    }

    private static double heel(double s) {
        if (s < HEEL_RISE_S) {
            double x = StrictMath.sin(0.5 * Math.PI * s / HEEL_RISE_S);
            return x * x;
        }
        return StrictMath.exp(-(s - HEEL_RISE_S) / HEEL_DECAY_S);
    }

    /** Vertical force minus 1 g before the offset: harmonics and heel transient under the ramp envelope. */
    private double oscillation(double u) {
        double theta = 2 * Math.PI * stepHz * u;
        double stepTime = u - Math.floor(u * stepHz) / stepHz;
        return envelope(u) * (a1 * StrictMath.cos(theta) + a2 * StrictMath.cos(2 * theta + phi2)
                + heelG * (heel(stepTime) - heelMean));
    }

    @Override
    void com(double t, double[] out) {
        double u = t - start;
        double e = envelope(u);
        double theta = 2 * Math.PI * stepHz * u;
        out[0] = 1 + oscillation(u) - e * offsetG;
        out[1] = -e * foreAftG * StrictMath.sin(theta);
        out[2] = e * lateralG * StrictMath.sin(theta / 2);
    }

    @Override
    void sensor(double t, double[] out) {
        com(t, out);
        double u = t - start;
        double e = envelope(u);
        switch (location) {
            case WAIST -> {
            }
            case ANKLE -> {
                // Stride = two steps; the sensor leg is in stance for the first 60 % of its stride, then swings.
                double stride = u * stepHz / 2;
                double phase = stride - Math.floor(stride);
                if (phase < 0.5) {
                    double stepTime = phase * 2 / stepHz;
                    out[0] += e * ankleHeelG * heel(stepTime);
                }
                if (phase > 0.6) {
                    double x = (phase - 0.6) / 0.4;
                    out[1] += e * ankleSwingG * StrictMath.sin(2 * Math.PI * x);
                    out[0] += e * 0.5 * ankleSwingG * Shapes.hann(x);
                }
            }
            case WRIST -> {
                double theta = 2 * Math.PI * stepHz * u;
                out[0] = 1 + 0.6 * (out[0] - 1) + e * 0.3 * wristSwingG * StrictMath.cos(theta);
                out[1] = 0.6 * out[1] + e * wristSwingG * StrictMath.sin(theta / 2);
            }
        }
    }
}
