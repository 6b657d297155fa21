package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

/**
 * Target landing peaks (g) by exercise, kind of landing and sensor location, from the domain notes: waist 3–8 g
 * (rope skips 2–4, depth-jump drops 6–10), ankle 8–20 g, wrist 2–6 g. A drawn target can be raised by the contact
 * model so the impact stays the landing's peak, or lowered for a soft landing (see {@link ContactProfile}).
 */
final class LandingPeaks {
    /** How the landing is entered and left. */
    enum Kind {
        /** A landing that comes to rest. */
        LANDING,
        /** A landing that rebounds straight into the next take-off. */
        REBOUND,
        /** The drop landing of a depth jump (a rebound after a fall from a box). */
        DROP
    }

    private LandingPeaks() {
    }

    /** [min, max] of the peak at the location (g). */
    static double[] range(Exercise exercise, Kind kind, Location location) {
        double[][] byLocation = switch (exercise) {
            case SQUAT_JUMP, COUNTERMOVEMENT_JUMP -> new double[][] {{3.5, 7.0}, {9, 18}, {2.5, 5.5}};
            case BOX_JUMP -> new double[][] {{3.0, 4.2}, {8, 12}, {2.0, 3.5}};
            case ROPE_SKIP -> new double[][] {{2.3, 3.6}, {9, 20}, {2.0, 3.8}};
            case POGO -> new double[][] {{3.5, 6.0}, {10, 18}, {2.5, 4.5}};
            case SINGLE_LEG_HOP -> new double[][] {{3.5, 7.0}, {10, 20}, {2.5, 5.5}};
            case BOUND -> new double[][] {{4.0, 7.5}, {11, 20}, {3.0, 6.0}};
            case DEPTH_JUMP -> kind == Kind.DROP
                    ? new double[][] {{6.5, 10.0}, {14, 20}, {3.5, 6.0}}
                    : new double[][] {{4.0, 7.0}, {10, 18}, {2.5, 5.5}};
            case UNSPECIFIED -> throw new IllegalArgumentException("the simulator needs a named exercise");
        };
        return byLocation[location.ordinal()];
    }
}
