package dev.plyometer.simulate;

/**
 * A slow change of height from rest to rest (squatting down, standing up, stepping up onto a box):
 * F = 1 + a·sin(2πu/D). One full sine has zero net impulse, so the body starts and ends at rest.
 * Negative {@code amplitudeG} goes down first.
 */
final class CrouchPhase extends Phase {
    private final double amplitudeG;

    CrouchPhase(double start, double duration, double amplitudeG) {
        super(start, duration);
        this.amplitudeG = amplitudeG;
    }

    @Override
    void com(double t, double[] out) {
        double s = StrictMath.sin(2 * Math.PI * (t - start) / duration());
        out[0] = 1 + amplitudeG * s;
        out[1] = 0.25 * amplitudeG * s;
        out[2] = 0;
    }
}
