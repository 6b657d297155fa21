package dev.plyometer.detection;

import dev.plyometer.signal.SignalListener;

import java.util.Arrays;

/**
 * A hand-made magnitude trace for detector tests: 1 g standing, a push-off, a lull at {@code flightG}, a landing
 * rising linearly to its peak over {@code riseS}, and a decay back to 1 g. Simpler than the simulator on purpose,
 * so each test shows the one thing it is about.
 */
final class Trace {
    final double rateHz;
    final double[] t;
    final double[] m;

    Trace(double rateHz, double durationS) {
        this.rateHz = rateHz;
        int n = (int) Math.round(durationS * rateHz);
        t = new double[n];
        m = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / rateHz;
        }
        Arrays.fill(m, 1.0);
    }

    /** Adds a jump with the true take-off at {@code takeoffS}. */
    Trace jump(double takeoffS, double flightS, double flightG, double peakG, double riseS) {
        double touchdown = takeoffS + flightS;
        for (int i = 0; i < t.length; i++) {
            double s = t[i];
            if (s >= takeoffS - 0.3 && s < takeoffS) {
                double phase = (s - (takeoffS - 0.3)) / 0.3;
                m[i] = 1.0 + 1.2 * Math.sin(Math.PI * phase) - (phase > 0.8 ? (phase - 0.8) * 5 * 1.0 : 0);
                m[i] = Math.max(flightG, m[i]);
            } else if (s >= takeoffS && s < touchdown) {
                m[i] = flightG;
            } else if (s >= touchdown && s < touchdown + riseS) {
                m[i] = flightG + (peakG - flightG) * (s - touchdown) / riseS;
            } else if (s >= touchdown + riseS && s < touchdown + riseS + 0.25) {
                double f = (s - touchdown - riseS) / 0.25;
                m[i] = peakG + (1.0 - peakG) * f;
            }
        }
        return this;
    }

    /** A dip that never gets near free fall, such as a step down from a box. */
    Trace dip(double fromS, double durationS, double lowG, double thenPeakG) {
        for (int i = 0; i < t.length; i++) {
            double s = t[i];
            if (s >= fromS && s < fromS + durationS) {
                m[i] = lowG;
            } else if (s >= fromS + durationS && s < fromS + durationS + 0.05) {
                m[i] = thenPeakG;
            }
        }
        return this;
    }

    Trace set(int index, double value) {
        m[index] = value;
        return this;
    }

    /** Feeds the trace to a listener in blocks, as the conditioner would. */
    void feed(SignalListener listener) {
        listener.start(1.0 / rateHz);
        int block = 100;
        for (int from = 0; from < t.length; from += block) {
            int n = Math.min(block, t.length - from);
            listener.samples(Arrays.copyOfRange(t, from, from + n), Arrays.copyOfRange(m, from, from + n),
                    Arrays.copyOfRange(m, from, from + n), n);
        }
        listener.finish();
    }
}
