package dev.plyometer.metrics;

import dev.plyometer.config.Thresholds;
import dev.plyometer.detection.Landing;
import dev.plyometer.signal.Gap;
import dev.plyometer.volume.Plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures a landing: flight time and height, impact peak, and the landing RFD index with its limits. RFD needs the
 * rise from touchdown to peak to span several samples; at 25–50 Hz a 20–50 ms rise is one or two samples, so RFD is
 * then withheld and flagged rather than reported as a number it cannot be.
 */
public final class LandingMetrics {
    /** Standard gravity, m/s². */
    public static final double G = 9.80665;

    private final Thresholds th;
    private final double sampleRateHz;
    private final double clippingLevelG;
    private final List<Gap> gaps;
    private final double bodyMassKg;

    /**
     * @param clippingLevelG axis saturation level, or NaN when none was seen
     * @param bodyMassKg     body mass, or NaN when unknown
     */
    public LandingMetrics(Thresholds thresholds, double sampleRateHz, double clippingLevelG, List<Gap> gaps,
                          double bodyMassKg) {
        this.th = thresholds;
        this.sampleRateHz = sampleRateHz;
        this.clippingLevelG = clippingLevelG;
        this.gaps = List.copyOf(gaps);
        this.bodyMassKg = bodyMassKg;
    }

    public static double heightM(double flightTimeS) {
        return G * flightTimeS * flightTimeS / 8.0;
    }

    public Jump measure(int n, Landing landing, int set, Plan.PlanSet planSet) {
        List<String> flags = new ArrayList<>(3);
        boolean clipped = !Double.isNaN(clippingLevelG) && landing.maxAbsAxisG() >= clippingLevelG - 1e-9;
        if (clipped) {
            flags.add(Jump.CLIPPED);
        }
        double timeToPeak = landing.timeToPeakS();
        boolean rfdReliable = sampleRateHz >= th.rfdMinRateHz()
                && landing.riseSamples() >= th.rfdMinRiseSamples()
                && timeToPeak > 0
                && !landing.gapInLanding();
        Double rfd = null;
        Double rfdN = null;
        Double samplingPct = null;
        if (rfdReliable) {
            double value = (landing.peakG() - landing.eventLevelG()) / timeToPeak;
            rfd = value;
            rfdN = Double.isNaN(bodyMassKg) ? null : value * bodyMassKg * G;
            samplingPct = 100.0 / (sampleRateHz * timeToPeak);
        } else {
            flags.add(Jump.RFD_UNRELIABLE);
        }
        if (landing.gapInLanding() || nearGap(landing)) {
            flags.add(Jump.GAP_NEARBY);
        }
        return new Jump(n, landing.takeoffS(), landing.touchdownS(), landing.flightTimeS(),
                heightM(landing.flightTimeS()), landing.peakG(), timeToPeak, rfd, rfdN, samplingPct,
                landing.maxSlopeGPerS(), planSet.stance().feet(), set, planSet.exercise().label(),
                planSet.intensity().label(), flags);
    }

    private boolean nearGap(Landing landing) {
        double from = landing.takeoffS() - th.gapNearbyS();
        double to = landing.touchdownS() + th.landingWindowS() + th.gapNearbyS();
        for (Gap gap : gaps) {
            if (gap.toS() >= from && gap.fromS() <= to) {
                return true;
            }
        }
        return false;
    }
}
