package dev.plyometer.simulate;

/**
 * One ground contact of a jump exercise: a take-off from rest, a rebound (landing straight into the next take-off) or a
 * landing to rest. The vertical force is a {@link ContactProfile}; the sensor sees the same contact with the impact
 * spike its location feels (sharper at the ankle, damped at the wrist), plus fore-aft braking during the impact,
 * propulsion for forward exercises, a lateral push, and for a wrist sensor the arm swing of a countermovement.
 */
final class ContactPhase extends Phase {
    /** Horizontal components: braking as a fraction of the impact spike, forward propulsion and lateral push (g). */
    record Horizontal(double brakeFraction, double propelG, double lateralG) {
    }

    /** Arm swing seen by a wrist sensor during a countermovement take-off (g). */
    record Arms(double backG, double forwardG, double upG) {
    }

    /** Share of the body's force above 1 g that reaches a wrist through shoulder and elbow. */
    static final double WRIST_BODY_GAIN = 0.7;

    final ContactProfile profile;
    private final Location location;
    private final double sensorSpikeG;
    private final Horizontal horizontal;
    private final Arms arms;

    ContactPhase(double start, ContactProfile profile, Location location, double sensorSpikeG, Horizontal horizontal,
                 Arms arms) {
        super(start, profile.duration);
        this.profile = profile;
        this.location = location;
        this.sensorSpikeG = sensorSpikeG;
        this.horizontal = horizontal;
        this.arms = arms;
    }

    /**
     * How a sensor at {@code location} sees the body's force: the wrist hangs from compliant joints, so force above
     * 1 g arrives damped; the waist and ankle see it whole.
     */
    static double view(Location location, double bodyG) {
        return location == Location.WRIST && bodyG > 1 ? 1 + WRIST_BODY_GAIN * (bodyG - 1) : bodyG;
    }

    @Override
    void com(double t, double[] out) {
        double u = t - start;
        fill(u, profile.spikeG, out);
        out[0] = profile.vertical(u);
    }

    @Override
    void sensor(double t, double[] out) {
        double u = t - start;
        fill(u, sensorSpikeG, out);
        out[0] = view(location, profile.body(u)) + sensorSpikeG * profile.spikeTerm(u);
        if (arms != null) {
            double x = u / duration();
            double taper = profile.taper(u);
            double forward = Shapes.skewedBump((x - 0.35) / 0.65, 0.6) * taper;
            out[1] += -arms.backG() * Shapes.hann(x / 0.45) + arms.forwardG() * forward;
            out[0] += arms.upG() * forward;
        }
    }

    /** Horizontal components; the caller sets the vertical. */
    private void fill(double u, double spikeAmplitude, double[] out) {
        double taper = profile.taper(u);
        out[1] = taper * (-horizontal.brakeFraction() * spikeAmplitude * profile.spike(u)
                + horizontal.propelG() * profile.hump(u));
        out[2] = taper * horizontal.lateralG() * Shapes.hann(u / duration());
    }

    @Override
    double residualWeight(double t) {
        double u = t - start;
        double d = duration();
        boolean from = profile.fromFlight();
        boolean to = profile.toFlight();
        if (from && to) {
            return 1 - 0.5 * Shapes.hann(u / d);
        }
        if (to) {
            return Shapes.smoothstep((u / d - 0.6) / 0.4);
        }
        if (from) {
            return 1 - Shapes.smoothstep((u - profile.rise) / (0.8 * d - profile.rise));
        }
        return 0;
    }
}
