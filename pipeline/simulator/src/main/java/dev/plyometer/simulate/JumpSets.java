package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static dev.plyometer.simulate.Shapes.G;

import dev.plyometer.simulate.ContactPhase.Arms;
import dev.plyometer.simulate.ContactPhase.Horizontal;
import dev.plyometer.simulate.LandingPeaks.Kind;

/**
 * The exercise recipes: how one set of each exercise unfolds as take-offs, flights and landings. Flight times vary
 * around a per-set mean (one athlete, one effort); every take-off's impulse is solved from its flight (see
 * {@link ContactProfile}).
 */
final class JumpSets {
    private enum Push { SQUAT, COUNTERMOVEMENT, SMALL, SINGLE_LEG }

    private final SessionBuilder b;
    private final Rng rng;
    private final Location location;
    private final Exercise exercise;

    private JumpSets(SessionBuilder b, Exercise exercise) {
        this.b = b;
        this.rng = b.rng();
        this.location = b.location();
        this.exercise = exercise;
    }

    static void play(SessionBuilder b, Exercise exercise, int reps) {
        JumpSets s = new JumpSets(b, exercise);
        switch (exercise) {
            case SQUAT_JUMP -> s.squatJumps(reps);
            case COUNTERMOVEMENT_JUMP -> s.countermovementJumps(reps);
            case BOX_JUMP -> s.boxJumps(reps);
            case ROPE_SKIP -> s.bouncing(reps, true);
            case POGO -> s.bouncing(reps, false);
            case SINGLE_LEG_HOP -> s.hops(reps, false);
            case BOUND -> s.hops(reps, true);
            case DEPTH_JUMP -> s.depthJumps(reps);
            case UNSPECIFIED -> throw new IllegalArgumentException("the simulator needs a named exercise");
        }
    }

    // ---- exercises ----

    private void squatJumps(int reps) {
        double mean = rng.uniform(0.44, 0.54);
        b.stand(rng.uniform(2, 3));
        for (int i = 0; i < reps; i++) {
            b.crouch(rng.uniform(0.9, 1.3), -rng.uniform(0.1, 0.18));
            b.stand(rng.uniform(1.0, 2.0));
            double flight = around(mean, 0.03, 0.40, 0.60);
            double takeoff = push(Push.SQUAT, G * flight / 2, twoFoot());
            flight(flight);
            b.recordLanding(takeoff, land(G * flight / 2, 0, Kind.LANDING, twoFoot(), 0));
            b.crouch(rng.uniform(0.8, 1.2), rng.uniform(0.08, 0.15));
            if (i < reps - 1) {
                b.stand(rng.uniform(1.5, 3.0));
            }
        }
    }

    private void countermovementJumps(int reps) {
        double mean = rng.uniform(0.46, 0.56);
        for (int i = 0; i < reps; i++) {
            b.stand(rng.uniform(i == 0 ? 2.5 : 1.5, 3.0));
            double flight = around(mean, 0.03, 0.40, 0.60);
            double takeoff = push(Push.COUNTERMOVEMENT, G * flight / 2, twoFoot());
            flight(flight);
            b.recordLanding(takeoff, land(G * flight / 2, 0, Kind.LANDING, twoFoot(), 0));
            b.crouch(rng.uniform(0.8, 1.2), rng.uniform(0.08, 0.15));
        }
    }

    /**
     * Onto a box: the centre of mass lands higher than it took off, so the flight is shorter (0.33–0.45 s) and the
     * landing softer. The arrival speed vIn is drawn, and the take-off speed follows from the flight:
     * v0 = g·T − vIn. Then the athlete stands up on the box and steps down (not a contact).
     */
    private void boxJumps(int reps) {
        for (int i = 0; i < reps; i++) {
            b.stand(rng.uniform(i == 0 ? 2.5 : 1.5, 3.0));
            double flight = rng.uniform(0.33, 0.45);
            double vIn = rng.uniform(0.95, 1.35);
            double rise = flight * (G * flight / 2 - vIn);
            if (rise < 0.12) {
                vIn = G * flight / 2 - 0.12 / flight;
            }
            double v0 = G * flight - vIn;
            double takeoff = push(Push.COUNTERMOVEMENT, v0, new Horizontal(0, rng.uniform(0.2, 0.4), 0));
            flight(flight);
            b.recordLanding(takeoff, land(vIn, 0, Kind.LANDING, twoFoot(), 0));
            b.crouch(rng.uniform(0.8, 1.1), rng.uniform(0.06, 0.12));
            b.stand(rng.uniform(1.0, 2.0));
            stepDown();
            b.stand(rng.uniform(1.0, 1.5));
            b.walk(2);
        }
    }

    /**
     * Rope skipping and pogo: a small take-off, then each landing rebounds straight into the next flight. Rope: 2.0–2.3
     * skips/s, flights 0.16–0.22 s on average, the contact filling the rest of each period; pogo: higher flights
     * (0.22–0.30 s) off short, stiff contacts (0.17–0.21 s).
     */
    private void bouncing(int landings, boolean rope) {
        double hz = rope ? rng.uniform(2.0, 2.3) : 0;
        double flightMean = rope ? rng.uniform(0.16, 0.22) : rng.uniform(0.22, 0.30);
        double contactMean = rope ? 0 : rng.uniform(0.17, 0.21);
        b.stand(rng.uniform(2, 3));
        double flight = around(flightMean, 0.015, 0.15, 0.35);
        double takeoff = push(Push.SMALL, G * flight / 2, twoFoot());
        for (int i = 0; i < landings; i++) {
            flight(flight);
            if (i == landings - 1) {
                b.recordLanding(takeoff, land(G * flight / 2, 0, Kind.LANDING, twoFoot(), 0));
                break;
            }
            double next = around(flightMean, 0.015, 0.15, 0.35);
            double contact = hz > 0
                    ? 1 / (hz * (1 + rng.uniform(-0.03, 0.03))) - flight
                    : around(contactMean, 0.01, 0.12, 0.25);
            ContactPhase c = land(G * flight / 2, G * next / 2, Kind.REBOUND, twoFoot(), contact);
            b.recordLanding(takeoff, c);
            takeoff = c.end;
            flight = next;
        }
        b.stand(rng.uniform(1, 2));
    }

    /** Single-leg hops in place, or bounds (alternating legs, driving forward; the athlete walks back after). */
    private void hops(int landings, boolean bounds) {
        b.stand(rng.uniform(2, 3));
        double flightMean = bounds ? rng.uniform(0.32, 0.42) : rng.uniform(0.28, 0.38);
        double side = rng.sign();
        double flight = around(flightMean, 0.03, 0.25, 0.45);
        double takeoff = push(Push.SINGLE_LEG, G * flight / 2, singleLeg(bounds, side));
        for (int i = 0; i < landings; i++) {
            flight(flight);
            if (bounds) {
                side = -side;
            }
            if (i == landings - 1) {
                b.recordLanding(takeoff, land(G * flight / 2, 0, Kind.LANDING, singleLeg(false, side), 0));
                break;
            }
            double next = around(flightMean, 0.03, 0.25, 0.45);
            double contact = bounds ? rng.uniform(0.18, 0.26) : rng.uniform(0.24, 0.34);
            ContactPhase c = land(G * flight / 2, G * next / 2, Kind.REBOUND, singleLeg(bounds, side), contact);
            b.recordLanding(takeoff, c);
            takeoff = c.end;
            flight = next;
        }
        b.crouch(rng.uniform(0.8, 1.1), rng.uniform(0.06, 0.12));
        b.stand(rng.uniform(1, 2));
        if (bounds) {
            b.walk(2 * landings);
        }
    }

    /**
     * Depth jumps: step off a box (support is lost, no push-off), a drop flight of 0.25–0.33 s, a big landing that
     * rebounds at once into a jump of 0.40–0.55 s, and its landing. Two landings per repetition; both count. The
     * drop's take-off time is the moment support was lost.
     */
    private void depthJumps(int reps) {
        b.stand(rng.uniform(2.5, 3.5));
        for (int i = 0; i < reps; i++) {
            StepOffPhase off = new StepOffPhase(b.now(), rng.uniform(0.08, 0.12));
            b.add(off);
            double drop = rng.uniform(0.25, 0.33);
            flight(drop);
            double vIn = off.velocityOutMs() + G * drop;
            double rebound = rng.uniform(0.40, 0.55);
            ContactPhase c = land(vIn, G * rebound / 2, Kind.DROP, twoFoot(), rng.uniform(0.18, 0.28));
            b.recordLanding(off.end, c);
            flight(rebound);
            b.recordLanding(c.end, land(G * rebound / 2, 0, Kind.LANDING, twoFoot(), 0));
            b.crouch(rng.uniform(0.8, 1.2), rng.uniform(0.08, 0.15));
            b.stand(rng.uniform(1.5, 2.5));
            if (i < reps - 1) {
                b.walk(4);
                b.crouch(rng.uniform(0.9, 1.2), rng.uniform(0.15, 0.25));
                b.stand(rng.uniform(2.0, 3.0));
            }
        }
    }

    // ---- building blocks ----

    /** A flight time around a set mean. */
    private double around(double mean, double spread, double lo, double hi) {
        return Shapes.clamp(mean + rng.uniform(-spread, spread), lo, hi);
    }

    private Horizontal twoFoot() {
        return new Horizontal(rng.uniform(0.1, 0.25), 0, rng.uniform(-0.04, 0.04));
    }

    private Horizontal singleLeg(boolean forward, double side) {
        return new Horizontal(rng.uniform(0.1, 0.2), forward ? rng.uniform(0.3, 0.6) : 0,
                side * rng.uniform(0.05, 0.15));
    }

    /** A take-off from rest that leaves at {@code vOut} (m/s); returns the take-off time. */
    private double push(Push style, double vOut, Horizontal horizontal) {
        ContactProfile profile = switch (style) {
            case SQUAT -> ContactProfile.contact(rng.uniform(0.32, 0.42)).toFlight(vOut, 0.25)
                    .hump(0, 1, rng.uniform(0.45, 0.6)).build();
            case COUNTERMOVEMENT -> ContactProfile.contact(rng.uniform(0.7, 0.9)).toFlight(vOut, 0.2)
                    .unweight(rng.uniform(0.45, 0.65), 0.4).hump(0.3, 1, rng.uniform(0.45, 0.55)).build();
            case SMALL -> ContactProfile.contact(rng.uniform(0.25, 0.32)).toFlight(vOut, 0.25)
                    .unweight(rng.uniform(0.1, 0.2), 0.4).hump(0.15, 1, 0.5).build();
            case SINGLE_LEG -> ContactProfile.contact(rng.uniform(0.55, 0.7)).toFlight(vOut, 0.2)
                    .unweight(rng.uniform(0.3, 0.45), 0.4).hump(0.3, 1, 0.5).build();
        };
        boolean armsSwing = location == Location.WRIST && style != Push.SMALL;
        Arms arms = armsSwing
                ? new Arms(rng.uniform(0.3, 0.6), rng.uniform(0.6, 1.2), rng.uniform(0.3, 0.7))
                : null;
        ContactPhase c = new ContactPhase(b.now(), profile, location, 0, horizontal, arms);
        b.add(c);
        return c.end;
    }

    private void flight(double seconds) {
        b.add(new FlightPhase(b.now(), seconds));
    }

    /**
     * A contact from a flight arriving at {@code vIn} (m/s): a landing to rest when {@code vOut} is 0 (its duration
     * drawn here, 0.45–0.65 s), else a rebound of {@code contactS} into a take-off at {@code vOut}.
     */
    private ContactPhase land(double vIn, double vOut, Kind kind, Horizontal horizontal, double contactS) {
        double comPeak = rng.uniform(LandingPeaks.range(exercise, kind, Location.WAIST));
        ContactProfile.Builder pb;
        if (vOut > 0) {
            pb = ContactProfile.contact(contactS).toFlight(vOut, 0.3).hump(0, 1, rng.uniform(0.35, 0.5));
        } else {
            pb = ContactProfile.contact(rng.uniform(0.45, 0.65))
                    .hump(0, rng.uniform(0.55, 0.75), rng.uniform(0.2, 0.35))
                    .settle(rng.uniform(0.08, 0.12) * (comPeak - 1), rng.uniform(7, 11), rng.uniform(0.05, 0.08));
        }
        ContactProfile profile = pb.fromFlight(vIn, comPeak, rng.uniform(0.025, 0.045), rng.uniform(0.012, 0.022))
                .peakMargin(0.5).build();
        double sensorSpike = location == Location.WAIST
                ? profile.spikeG
                : profile.spikeAmplitudeFor(rng.uniform(LandingPeaks.range(exercise, kind, location)), 0.7,
                        f -> ContactPhase.view(location, f));
        ContactPhase c = new ContactPhase(b.now(), profile, location, sensorSpike, horizontal, null);
        b.add(c);
        return c;
    }

    private void stepDown() {
        double minG = rng.uniform(0.58, 0.72);
        double dipS = rng.uniform(0.28, 0.34);
        double peak = rng.uniform(1.35, 1.9);
        double landS = Shapes.clamp((1 - minG) * dipS / (peak - 1), 0.08, 0.4);
        b.add(new StepDownPhase(b.now(), location, minG, dipS, landS, rng.uniform(0.05, 0.12)));
        b.countStepDown();
    }
}
