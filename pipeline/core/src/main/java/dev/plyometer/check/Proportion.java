package dev.plyometer.check;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * A measured proportion with its exact (Clopper–Pearson) confidence bounds: conservative, and still meaningful when
 * every trial succeeded (327 of 327 gives a 95 % lower bound of 0.989, not 1).
 *
 * @param successes  successes
 * @param trials     trials
 * @param estimate   successes / trials (1 when there were no trials)
 * @param low        lower bound
 * @param high       upper bound
 * @param confidence two-sided confidence level, e.g. 0.95
 */
public record Proportion(int successes, int trials, double estimate, double low, double high, double confidence) {

    public static Proportion clopperPearson(int successes, int trials, double confidence) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("expected 0 ≤ successes ≤ trials: " + successes + " of " + trials);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (trials == 0) {
            return new Proportion(0, 0, 1.0, 0.0, 1.0, confidence);
        }
        double alpha = 1 - confidence;
        double low = successes == 0 ? 0.0
                : new BetaDistribution(successes, trials - successes + 1.0).inverseCumulativeProbability(alpha / 2);
        double high = successes == trials ? 1.0
                : new BetaDistribution(successes + 1.0, trials - successes).inverseCumulativeProbability(1 - alpha / 2);
        return new Proportion(successes, trials, (double) successes / trials, low, high, confidence);
    }
}
