package dev.plyometer.simulate;

import java.util.function.DoubleUnaryOperator;

/** Smooth shape functions on [0, 1] and a quadrature rule. StrictMath everywhere, so outputs are bit-reproducible. */
final class Shapes {
    static final double G = 9.80665;

    private Shapes() {
    }

    static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : (x > hi ? hi : x);
    }

    /** 0 → 1 with zero slope at both ends. */
    static double smoothstep(double x) {
        double c = clamp01(x);
        return c * c * (3 - 2 * c);
    }

    /** sin²(πx) on [0, 1], 0 outside: a bump with zero slope at both ends. */
    static double hann(double x) {
        if (x <= 0 || x >= 1) {
            return 0;
        }
        double s = StrictMath.sin(Math.PI * x);
        return s * s;
    }

    /** A bump on [0, 1] of height 1 at {@code peakAt}: sin² rising, cos² falling, so it can lean early or late. */
    static double skewedBump(double x, double peakAt) {
        if (x <= 0 || x >= 1) {
            return 0;
        }
        if (x < peakAt) {
            double s = StrictMath.sin(0.5 * Math.PI * x / peakAt);
            return s * s;
        }
        double c = StrictMath.cos(0.5 * Math.PI * (x - peakAt) / (1 - peakAt));
        return c * c;
    }

    /** Composite Simpson rule with {@code intervals} (even) intervals. */
    static double integrate(DoubleUnaryOperator f, double a, double b, int intervals) {
        int n = intervals + (intervals & 1);
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }
}
