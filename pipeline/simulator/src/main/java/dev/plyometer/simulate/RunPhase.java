package dev.plyometer.simulate;

import static dev.plyometer.simulate.Shapes.G;

import java.util.Arrays;

/**
 * Running (jogging or fast strides): a distractor with real flights that are not plyometric contacts. Each step is a
 * {@link ContactProfile} whose impulse carries the next flight (v = g·T/2) and stops the previous one, so the
 * vertical force averages 1 g over the run. The run starts and ends at rest. Fore-aft force brakes in the first half
 * of each contact and propels in the second; lateral force alternates with the stance leg.
 *
 * <p>At the ankle the sensor leg (even steps) takes a sharp impact and swings between its stances, so the ankle reads
 * no lull in running; at the wrist the trunk's force arrives damped and the arm swings at the stride frequency.
 */
final class RunPhase extends Phase {
    /** Gait parameters: ranges are [min, max]. */
    record Gait(double[] cadenceHz, double[] flightS, double[] comPeakG, double[] anklePeakG, double[] brakeG,
                double swingScale) {
        static final Gait JOG = new Gait(new double[] {2.6, 3.0}, new double[] {0.06, 0.11},
                new double[] {1.7, 2.4}, new double[] {5, 10}, new double[] {0.2, 0.35}, 1.0);
        static final Gait STRIDES = new Gait(new double[] {3.0, 3.4}, new double[] {0.10, 0.16},
                new double[] {2.3, 3.0}, new double[] {7, 13}, new double[] {0.3, 0.5}, 1.3);
    }

    private final Location location;
    private final double[] stepStart;
    private final double[] period;
    private final double[] flight;
    private final ContactProfile[] contacts;
    private final double[] sensorSpike;
    private final double brakeG;
    private final double lateralG;
    private final double swingForeAftG;
    private final double swingVerticalG;
    private final double armForeAftG;
    private final double armVerticalG;

    private RunPhase(double start, double duration, Location location, double[] stepStart, double[] period,
                     double[] flight, ContactProfile[] contacts, double[] sensorSpike, Gait gait, Rng rng) {
        super(start, duration);
        this.location = location;
        this.stepStart = stepStart;
        this.period = period;
        this.flight = flight;
        this.contacts = contacts;
        this.sensorSpike = sensorSpike;
        this.brakeG = rng.uniform(gait.brakeG());
        this.lateralG = rng.uniform(0.08, 0.18);
        this.swingForeAftG = gait.swingScale() * rng.uniform(1.0, 1.6);
        this.swingVerticalG = gait.swingScale() * rng.uniform(0.4, 0.8);
        this.armForeAftG = gait.swingScale() * rng.uniform(0.4, 0.8);
        this.armVerticalG = rng.uniform(0.1, 0.25);
    }

    static RunPhase create(double start, int steps, Gait gait, Location location, Rng rng) {
        if (steps < 2) {
            throw new IllegalArgumentException("a run needs at least 2 steps: " + steps);
        }
        double cadence = rng.uniform(gait.cadenceHz());
        double flightMean = rng.uniform(gait.flightS()[0] + 0.01, gait.flightS()[1] - 0.01);
        double[] stepStart = new double[steps];
        double[] period = new double[steps];
        double[] flight = new double[steps];
        ContactProfile[] contacts = new ContactProfile[steps];
        double[] sensorSpike = new double[steps];
        double t = start;
        for (int i = 0; i < steps; i++) {
            boolean last = i == steps - 1;
            flight[i] = last ? 0 : Shapes.clamp(flightMean + rng.uniform(-0.01, 0.01), gait.flightS()[0],
                    gait.flightS()[1]);
            double vIn = i == 0 ? 0 : G * flight[i - 1] / 2;
            double vOut = G * flight[i] / 2;
            double stepPeriod = (1 / cadence) * (1 + rng.uniform(-0.02, 0.02));
            double contactS = i == 0 ? 0.3 : (last ? 0.45 : stepPeriod - flight[i]);
            ContactProfile.Builder b = ContactProfile.contact(contactS);
            if (vIn > 0) {
                b.fromFlight(vIn, rng.uniform(gait.comPeakG()), rng.uniform(0.02, 0.035), rng.uniform(0.015, 0.025));
            }
            if (vOut > 0) {
                b.toFlight(vOut, 0.3);
            }
            if (last) {
                b.hump(0, 0.7, 0.3).settle(0.15, 8, 0.06);
            } else {
                b.hump(0, 1, rng.uniform(0.4, 0.5));
            }
            contacts[i] = b.build();
            boolean sensorLeg = i % 2 == 0;
            sensorSpike[i] = location == Location.ANKLE && sensorLeg && vIn > 0
                    ? contacts[i].spikeAmplitudeFor(rng.uniform(gait.anklePeakG()), 0, f -> f)
                    : contacts[i].spikeG;
            stepStart[i] = t;
            period[i] = contactS + flight[i];
            t += period[i];
        }
        return new RunPhase(start, t - start, location, stepStart, period, flight, contacts, sensorSpike, gait,
                rng);
    }

    int steps() {
        return stepStart.length;
    }

    /** Flight after step {@code i} (s); 0 after the last step. */
    double flightS(int i) {
        return flight[i];
    }

    private int stepAt(double t) {
        int i = Arrays.binarySearch(stepStart, t);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    @Override
    void com(double t, double[] out) {
        int i = stepAt(t);
        fill(i, t - stepStart[i], contacts[i].spikeG, out);
    }

    private void fill(int i, double u, double spike, double[] out) {
        ContactProfile c = contacts[i];
        if (u >= c.duration) {
            out[0] = 0;
            out[1] = 0;
            out[2] = 0;
            return;
        }
        double x = u / c.duration;
        double taper = c.taper(u);
        out[0] = c.body(u) + spike * c.spikeTerm(u);
        out[1] = -taper * brakeG * StrictMath.sin(2 * Math.PI * x);
        out[2] = taper * (i % 2 == 0 ? lateralG : -lateralG) * Shapes.hann(x);
    }

    @Override
    void sensor(double t, double[] out) {
        int i = stepAt(t);
        double u = t - stepStart[i];
        fill(i, u, sensorSpike[i], out);
        switch (location) {
            case WAIST -> {
            }
            case ANKLE -> {
                int sensorStep = i - (i % 2);
                boolean inStance = i == sensorStep && u < contacts[i].duration;
                if (!inStance) {
                    double a = stepStart[sensorStep] + contacts[sensorStep].duration;
                    double b = sensorStep + 2 < stepStart.length ? stepStart[sensorStep + 2] : end;
                    double x = (t - a) / (b - a);
                    if (x > 0 && x < 1) {
                        out[1] += swingForeAftG * StrictMath.sin(2 * Math.PI * x);
                        out[0] += swingVerticalG * Shapes.hann(x);
                    }
                }
            }
            case WRIST -> {
                double steps = i + u / period[i];
                double e = Shapes.smoothstep(Math.min(steps, stepStart.length - steps));
                out[0] = 1 + 0.6 * (out[0] - 1) + e * armVerticalG * StrictMath.cos(2 * Math.PI * steps);
                out[1] = 0.6 * out[1] + e * armForeAftG * StrictMath.sin(Math.PI * steps);
            }
        }
    }

    @Override
    double residualWeight(double t) {
        int i = stepAt(t);
        ContactProfile c = contacts[i];
        double u = t - stepStart[i];
        if (u >= c.duration) {
            return 1;
        }
        double x = u / c.duration;
        if (i == 0) {
            return Shapes.smoothstep((x - 0.6) / 0.4);
        }
        if (i == stepStart.length - 1) {
            return 1 - Shapes.smoothstep(x / 0.8);
        }
        return 1 - 0.5 * Shapes.hann(x);
    }
}
