package dev.plyometer.simulate;

import static dev.plyometer.simulate.Shapes.G;

import java.util.function.DoubleUnaryOperator;

/**
 * Vertical specific force at the centre of mass during one ground contact, in g, on local time u ∈ [0, duration].
 *
 * <p>A contact starts at rest (1 g) or from a flight (0 g, with a touchdown impact spike that rises over
 * {@code riseS}) and ends at rest or in a take-off (the force unloads to 0 g as the feet leave). Its parts:
 * <pre>
 *   F(u) = taper(u) · [ baseline(u) + H·hump(u) + A·spike(u) + settle(u) ]
 * </pre>
 * The hump amplitude H is solved so that the net impulse ∫(F − 1)·g du equals the velocity change vIn + vOut: every
 * take-off carries exactly the velocity its flight needs (v = g·T/2 from rest to the same level), and every landing
 * stops exactly the velocity it arrives with. The spike amplitude A makes F reach the requested peak at
 * u = riseS; when the impact alone would stop more than the arriving velocity (a soft landing), H is 0 and the peak
 * is lowered instead, so the physics wins over the requested number.
 */
final class ContactProfile {
    private static final int INTERVALS = 1200;
    private static final double GRID_S = 0.001;

    final double duration;
    final double vIn;
    final double vOut;
    final double rise;
    private final double decay;
    private final double unweightG;
    private final double unweightEnd;
    private final double humpStart;
    private final double humpEnd;
    private final double humpPeakAt;
    private final double taperStart;
    private final double settleG;
    private final double settleOmega;
    private final double settleTau;
    /** Solved propulsion/absorption hump above the baseline (g). */
    final double humpG;
    /** Solved amplitude of the impact spike at the centre of mass (g); 0 for a contact from rest. */
    final double spikeG;

    private ContactProfile(Builder b) {
        duration = b.duration;
        vIn = b.vIn;
        vOut = b.vOut;
        rise = b.rise;
        decay = b.decay;
        unweightG = b.unweightG;
        unweightEnd = b.unweightFraction * b.duration;
        humpStart = b.humpStart * b.duration;
        humpEnd = b.humpEnd * b.duration;
        humpPeakAt = b.humpPeakAt;
        taperStart = b.vOut > 0 ? b.duration * (1 - b.taperFraction) : b.duration;
        settleG = b.settleG;
        settleOmega = 2 * Math.PI * b.settleHz;
        settleTau = b.settleTau;

        double target = (vIn + vOut) / G;
        double c0 = Shapes.integrate(u -> taper(u) * (baseline(u) + settle(u)) - 1, 0, duration, INTERVALS);
        double ch = Shapes.integrate(u -> taper(u) * hump(u), 0, duration, INTERVALS);
        if (vIn <= 0) {
            humpG = (target - c0) / ch;
            spikeG = 0;
            return;
        }
        double ck = Shapes.integrate(u -> taper(u) * spike(u), 0, duration, INTERVALS);
        double tTr = taper(rise);
        double bTr = baseline(rise);
        double hTr = hump(rise);
        double peak = b.peakG;
        double h = 0;
        double a = 0;
        for (int i = 0; i < 16; i++) {
            h = (target - c0 - (peak / tTr - bTr) * ck) / (ch - hTr * ck);
            if (h < 0) {
                // Soft landing: the impact alone stops the body, so there is no absorption hump and a lower peak.
                h = 0;
                a = (target - c0) / ck;
                break;
            }
            a = peak / tTr - bTr - h * hTr;
            double needed = nonSpikeMax(h) + b.peakMarginG;
            if (Double.isNaN(b.peakMarginG) || peak >= needed - 1e-9) {
                break;
            }
            // The hump would outgrow the impact peak: raise the peak, which also shrinks the hump it leaves to do.
            peak = needed;
        }
        humpG = h;
        spikeG = a;
    }

    static Builder contact(double durationS) {
        return new Builder(durationS);
    }

    boolean fromFlight() {
        return vIn > 0;
    }

    boolean toFlight() {
        return vOut > 0;
    }

    /**
     * 1 until the unloading before take-off, then a quarter cosine down to 0 at the end; 1 throughout for a contact to
     * rest. The quarter cosine leaves the ground still unloading at a finite rate, as force-plate curves do at
     * take-off (a half cosine would flatten to zero slope and smear take-off over tens of milliseconds).
     */
    double taper(double u) {
        if (u <= taperStart) {
            return 1;
        }
        if (u >= duration) {
            return 0;
        }
        return StrictMath.cos(0.5 * Math.PI * (u - taperStart) / (duration - taperStart));
    }

    double baseline(double u) {
        double b = vIn > 0 ? Shapes.smoothstep(u / rise) : 1;
        if (unweightG > 0 && u < unweightEnd) {
            b -= unweightG * Shapes.hann(u / unweightEnd);
        }
        return b;
    }

    /** Unit hump (peak 1). */
    double hump(double u) {
        return Shapes.skewedBump((u - humpStart) / (humpEnd - humpStart), humpPeakAt);
    }

    /** Unit impact spike: sin² rise to 1 at {@code rise}, then exponential decay. 0 for a contact from rest. */
    double spike(double u) {
        if (vIn <= 0 || u <= 0) {
            return 0;
        }
        if (u < rise) {
            double s = StrictMath.sin(0.5 * Math.PI * u / rise);
            return s * s;
        }
        return StrictMath.exp(-(u - rise) / decay);
    }

    /** Damped oscillation after the impact peak, starting with an undershoot. */
    double settle(double u) {
        if (settleG == 0 || u <= rise) {
            return 0;
        }
        double x = u - rise;
        return -settleG * StrictMath.exp(-x / settleTau) * StrictMath.sin(settleOmega * x);
    }

    /** The contact without its impact spike: baseline, hump and settle, unloaded by the taper (g). */
    double body(double u) {
        double taper = taper(u);
        return taper == 0 ? 0 : taper * (baseline(u) + humpG * hump(u) + settle(u));
    }

    /** The unit impact spike as it enters the force (tapered). */
    double spikeTerm(double u) {
        return vIn > 0 ? taper(u) * spike(u) : 0;
    }

    /** Vertical specific force at the centre of mass (g). */
    double vertical(double u) {
        return body(u) + spikeG * spikeTerm(u);
    }

    /**
     * Spike amplitude that makes a sensor reading {@code view(body(u)) + A·spikeTerm(u)} peak at {@code peakG} at
     * the end of the rise, or higher when the rest of the contact would otherwise come within {@code marginG} of it
     * (the impact stays the landing's peak). {@code view} is how the sensor sees the body's force: identity at the
     * waist and ankle, damped at the wrist.
     */
    double spikeAmplitudeFor(double peakG, double marginG, DoubleUnaryOperator view) {
        if (vIn <= 0) {
            return 0;
        }
        double max = 0;
        for (double u = rise; u < duration; u += GRID_S) {
            max = Math.max(max, view.applyAsDouble(body(u)));
        }
        double peak = Math.max(peakG, max + marginG);
        return (peak - view.applyAsDouble(body(rise))) / spikeTerm(rise);
    }

    /** Largest force after the rise without the spike, on a 1 ms grid. */
    private double nonSpikeMax(double h) {
        double max = 0;
        for (double u = rise; u < duration; u += GRID_S) {
            max = Math.max(max, taper(u) * (baseline(u) + h * hump(u) + settle(u)));
        }
        return max;
    }

    /** Named parameters for a contact; fractions are of the contact's duration. */
    static final class Builder {
        private final double duration;
        private double vIn;
        private double vOut;
        private double peakG;
        private double rise = 0.03;
        private double decay = 0.015;
        private double unweightG;
        private double unweightFraction = 0.4;
        private double humpStart;
        private double humpEnd = 1;
        private double humpPeakAt = 0.5;
        private double taperFraction = 0.25;
        private double settleG;
        private double settleHz = 8;
        private double settleTau = 0.07;
        private double peakMarginG = Double.NaN;

        private Builder(double duration) {
            if (!(duration > 0.05)) {
                throw new IllegalArgumentException("contact too short: " + duration + " s");
            }
            this.duration = duration;
        }

        /** Touchdown from a flight at {@code vInMs} (m/s, downward), impact peak {@code peakG} reached after {@code riseS}. */
        Builder fromFlight(double vInMs, double peakG, double riseS, double decayS) {
            this.vIn = vInMs;
            this.peakG = peakG;
            this.rise = riseS;
            this.decay = decayS;
            return this;
        }

        /** Take-off at {@code vOutMs} (m/s, upward); the force unloads to 0 g over the last {@code taperFraction}. */
        Builder toFlight(double vOutMs, double taperFraction) {
            this.vOut = vOutMs;
            this.taperFraction = taperFraction;
            return this;
        }

        /** Countermovement: the force first dips by {@code depthG} over the first {@code fraction} of the contact. */
        Builder unweight(double depthG, double fraction) {
            this.unweightG = depthG;
            this.unweightFraction = fraction;
            return this;
        }

        Builder hump(double startFraction, double endFraction, double peakAt) {
            this.humpStart = startFraction;
            this.humpEnd = endFraction;
            this.humpPeakAt = peakAt;
            return this;
        }

        Builder settle(double amplitudeG, double hz, double tauS) {
            this.settleG = amplitudeG;
            this.settleHz = hz;
            this.settleTau = tauS;
            return this;
        }

        /** Keep the impact the contact's peak by at least this much (g); unset: no constraint (running). */
        Builder peakMargin(double marginG) {
            this.peakMarginG = marginG;
            return this;
        }

        ContactProfile build() {
            return new ContactProfile(this);
        }
    }
}
