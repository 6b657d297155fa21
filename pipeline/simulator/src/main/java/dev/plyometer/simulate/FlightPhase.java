package dev.plyometer.simulate;

/**
 * Free flight: the centre of mass reads 0 g; the sensor reads only the residual trunk/limb motion
 * (weight 1), so flights are never a clean 0 g.
 */
final class FlightPhase extends Phase {
    FlightPhase(double start, double duration) {
        super(start, duration);
    }

    @Override
    void com(double t, double[] out) {
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
    }

    @Override
    double residualWeight(double t) {
        return 1;
    }
}
