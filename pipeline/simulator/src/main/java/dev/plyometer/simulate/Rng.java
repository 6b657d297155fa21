package dev.plyometer.simulate;

import java.util.SplittableRandom;

/**
 * Deterministic random numbers. The Gaussian is our own (Marsaglia's polar method on {@code StrictMath}), so the
 * output does not depend on how a JDK implements {@code nextGaussian}.
 */
final class Rng {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    Rng(long seed) {
        random = new SplittableRandom(seed);
    }

    /** An independent stream for one purpose (structure, sensor, noise, ...) of the same seed. */
    static Rng stream(long seed, long purpose) {
        return new Rng(seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + purpose);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    double uniform(double[] range) {
        return uniform(range[0], range[1]);
    }

    /** Uniform integer in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** +1 or -1 with equal probability. */
    double sign() {
        return random.nextBoolean() ? 1 : -1;
    }

    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m;
    }
}
