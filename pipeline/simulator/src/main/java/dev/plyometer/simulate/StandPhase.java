package dev.plyometer.simulate;

/** Standing still: 1 g vertical. Postural sway comes from {@link ResidualMotion}. */
final class StandPhase extends Phase {
    StandPhase(double start, double duration) {
        super(start, duration);
    }

    @Override
    void com(double t, double[] out) {
        out[0] = 1;
        out[1] = 0;
        out[2] = 0;
    }
}
