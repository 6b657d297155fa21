package dev.plyometer.simulate;

/**
 * Stepping off a box into a depth jump: support is lost without a push-off, the force falling from 1 g to 0 g along
 * a half cosine. The body leaves this phase already falling at {@link #velocityOutMs()} = g·D/2, the impulse the lost
 * support did not provide.
 */
final class StepOffPhase extends Phase {
    StepOffPhase(double start, double duration) {
        super(start, duration);
    }

    double velocityOutMs() {
        return Shapes.G * duration() / 2;
    }

    @Override
    void com(double t, double[] out) {
        double x = (t - start) / duration();
        out[0] = 0.5 * (1 + StrictMath.cos(Math.PI * x));
        out[1] = 0.15 * Shapes.hann(x);
        out[2] = 0;
    }

    @Override
    double residualWeight(double t) {
        return Shapes.smoothstep((t - start) / duration());
    }
}
