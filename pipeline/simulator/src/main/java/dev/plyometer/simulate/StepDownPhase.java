package dev.plyometer.simulate;

/**
 * Stepping down from a box after a box jump: not a plyometric contact. The force dips to {@code minG} (0.55–0.75 g)
 * for about 0.3 s while the body is lowered on one leg, then a soft landing of 1.3–2 g stops it, then a small settle.
 * The landing's height follows from zero net impulse: (peak − 1)·landS = (1 − min)·dipS (both are sin² bumps), and
 * the settle is a sin²-windowed sine with zero integral, so the body starts and ends at rest.
 */
final class StepDownPhase extends Phase {
    static final double SETTLE_S = 0.35;

    private final Location location;
    private final double minG;
    private final double dipS;
    private final double landS;
    private final double landPeakG;
    private final double settleG;

    StepDownPhase(double start, Location location, double minG, double dipS, double landS, double settleG) {
        super(start, dipS + landS + SETTLE_S);
        this.location = location;
        this.minG = minG;
        this.dipS = dipS;
        this.landS = landS;
        this.landPeakG = 1 + (1 - minG) * dipS / landS;
        this.settleG = settleG;
    }

    double landPeakG() {
        return landPeakG;
    }

    @Override
    void com(double t, double[] out) {
        fill(t - start, 1, out);
    }

    @Override
    void sensor(double t, double[] out) {
        // The stepping leg's shank takes the landing more sharply than the trunk; the arms damp it.
        double landingGain = switch (location) {
            case ANKLE -> 1.6;
            case WRIST -> 0.8;
            case WAIST -> 1;
        };
        fill(t - start, landingGain, out);
    }

    private void fill(double u, double landingGain, double[] out) {
        double dip = Shapes.hann(u / dipS);
        double land = Shapes.hann((u - dipS) / landS);
        double x = (u - dipS - landS) / SETTLE_S;
        double settle = settleG * Shapes.hann(x) * StrictMath.sin(4 * Math.PI * x);
        out[0] = 1 - (1 - minG) * dip + landingGain * (landPeakG - 1) * land + settle;
        out[1] = 0.08 * dip - 0.12 * land;
        out[2] = 0.04 * dip;
    }
}
