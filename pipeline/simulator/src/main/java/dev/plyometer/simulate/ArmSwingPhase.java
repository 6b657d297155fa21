package dev.plyometer.simulate;

/**
 * Arm swings while standing: a distractor for a wrist sensor. The arm is a pendulum of length r about the shoulder,
 * angle θ(u) = E(u)·Θ·sin(ωu) with a smooth amplitude ramp E over the first and last swing. The wrist's specific
 * force is its kinematic acceleration (tangential r·θ'' and centripetal r·θ'²) plus the 1 g gravity reaction:
 * <pre>
 *   vertical = 1 + r(θ''·sin θ + θ'²·cos θ)/g,   fore-aft = r(θ''·cos θ − θ'²·sin θ)/g
 * </pre>
 * Its magnitude dips well below 1 g near the ends of each swing but only briefly and without an impact after it, so
 * it must not look like flight plus landing. Waist and ankle feel only a small reaction.
 */
final class ArmSwingPhase extends Phase {
    private final Location location;
    private final int swings;
    private final double omega;
    private final double amplitudeRad;
    private final double armM;

    private ArmSwingPhase(double start, int swings, double hz, double amplitudeRad, double armM, Location location) {
        super(start, swings / hz);
        this.location = location;
        this.swings = swings;
        this.omega = 2 * Math.PI * hz;
        this.amplitudeRad = amplitudeRad;
        this.armM = armM;
    }

    /**
     * {@code swings} forward-and-back swings of 60–80° at about the arm's natural frequency sqrt(g/r)/2π (0.6–0.7 Hz).
     * Swung freely like that, the wrist is almost unloaded at the top of each swing: the magnitude dips to about
     * cos Θ plus a little (0.4–0.6 g), for a few tens of milliseconds, and peaks at the bottom at about 1 + Θ² g.
     * Driven faster, the tangential force fills the dip and the wrist never reads below 1 g.
     */
    static ArmSwingPhase create(double start, int swings, Location location, Rng rng) {
        double armM = rng.uniform(0.6, 0.7);
        double hz = StrictMath.sqrt(Shapes.G / armM) / (2 * Math.PI) * rng.uniform(0.97, 1.08);
        return new ArmSwingPhase(start, swings, hz, Math.toRadians(rng.uniform(60, 80)), armM, location);
    }

    int swings() {
        return swings;
    }

    @Override
    void com(double t, double[] out) {
        double u = t - start;
        double s = envelope(u) * StrictMath.sin(omega * u);
        out[0] = 1 + 0.02 * s * s;
        out[1] = -0.04 * s;
        out[2] = 0;
    }

    @Override
    void sensor(double t, double[] out) {
        if (location != Location.WRIST) {
            com(t, out);
            return;
        }
        double u = t - start;
        // Envelope E and its derivatives, by the chain rule on the smoothstep ramp.
        double ramp = 1 / (2 * Math.PI / omega);
        double d = duration();
        double x;
        double dxdu;
        if (u < 1 / ramp) {
            x = u * ramp;
            dxdu = ramp;
        } else if (u > d - 1 / ramp) {
            x = (d - u) * ramp;
            dxdu = -ramp;
        } else {
            x = 1;
            dxdu = 0;
        }
        double e = x >= 1 ? 1 : x * x * (3 - 2 * x);
        double e1 = x >= 1 ? 0 : 6 * x * (1 - x) * dxdu;
        double e2 = x >= 1 ? 0 : (6 - 12 * x) * dxdu * dxdu;
        double sin = StrictMath.sin(omega * u);
        double cos = StrictMath.cos(omega * u);
        double theta = amplitudeRad * e * sin;
        double theta1 = amplitudeRad * (e1 * sin + e * omega * cos);
        double theta2 = amplitudeRad * (e2 * sin + 2 * e1 * omega * cos - e * omega * omega * sin);
        double st = StrictMath.sin(theta);
        double ct = StrictMath.cos(theta);
        out[0] = 1 + armM * (theta2 * st + theta1 * theta1 * ct) / Shapes.G;
        out[1] = armM * (theta2 * ct - theta1 * theta1 * st) / Shapes.G;
        out[2] = 0;
    }

    private double envelope(double u) {
        double period = 2 * Math.PI / omega;
        return Shapes.smoothstep(Math.min(u, duration() - u) / period);
    }
}
