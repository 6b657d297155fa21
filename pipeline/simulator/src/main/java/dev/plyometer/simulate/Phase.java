package dev.plyometer.simulate;

/**
 * One stretch of simulated movement on the session clock, [start, end) in seconds since the first sample.
 * Vectors are specific force in g in the body frame: [0] vertical (up), [1] fore-aft (forward), [2] lateral.
 * Gravity is included: standing still reads (1, 0, 0).
 */
abstract class Phase {
    final double start;
    final double end;

    Phase(double start, double duration) {
        if (!(duration > 0)) {
            throw new IllegalArgumentException("phase duration must be positive: " + duration);
        }
        this.start = start;
        this.end = start + duration;
    }

    final double duration() {
        return end - start;
    }

    /** Specific force at the centre of mass. */
    abstract void com(double t, double[] out);

    /**
     * Noise-free specific force at the sensor, before the residual trunk/limb motion is added. The default is the
     * centre of mass, which is what a waist sensor sees.
     */
    void sensor(double t, double[] out) {
        com(t, out);
    }

    /** Weight 0..1 of the residual trunk/limb motion: 1 in flight, 0 at rest, smooth in between. */
    double residualWeight(double t) {
        return 0;
    }
}
