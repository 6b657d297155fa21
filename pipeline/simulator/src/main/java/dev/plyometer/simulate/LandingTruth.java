package dev.plyometer.simulate;

/**
 * Measures a landing on the noise-free sensor magnitude, on a 0.1 ms grid over the whole contact and then to 1 µs
 * around the best point: the true peak, when it happens, the magnitude at touchdown and the RFD index
 * (peak − magnitude at touchdown) / (time from touchdown to peak), in body weights per second.
 */
final class LandingTruth {
    private static final double STEP_S = 1e-4;
    private static final double FINE_S = 1e-6;

    /** One measured landing; times in session seconds. */
    record Measure(double touchdownS, double peakS, double peakG, double touchdownG, double rfdBwPerS) {
        double riseS() {
            return peakS - touchdownS;
        }
    }

    private LandingTruth() {
    }

    static Measure measure(Phase landing, SensorModel sensor) {
        double td = landing.start;
        double atTouchdown = sensor.trueMagnitude(landing, td);
        double best = -1;
        double bestT = td;
        int n = (int) Math.floor(landing.duration() / STEP_S);
        for (int i = 1; i < n; i++) {
            double t = td + i * STEP_S;
            double m = sensor.trueMagnitude(landing, t);
            if (m > best) {
                best = m;
                bestT = t;
            }
        }
        double coarse = bestT;
        for (int i = -100; i <= 100; i++) {
            double t = coarse + i * FINE_S;
            if (t <= td || t >= landing.end) {
                continue;
            }
            double m = sensor.trueMagnitude(landing, t);
            if (m > best) {
                best = m;
                bestT = t;
            }
        }
        return new Measure(td, bestT, best, atTouchdown, (best - atTouchdown) / (bestT - td));
    }
}
