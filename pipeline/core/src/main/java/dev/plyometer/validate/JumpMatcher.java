package dev.plyometer.validate;

import java.util.Arrays;

/**
 * Pairs found landings with true ones by touchdown time: each true landing takes the nearest unpaired found landing
 * within the tolerance. Both inputs are sorted by time.
 */
public final class JumpMatcher {
    private JumpMatcher() {
    }

    /**
     * @return for each true landing, the index of its found landing, or −1 when it was missed
     */
    public static int[] match(double[] truthTouchdownS, double[] foundTouchdownS, double toleranceS) {
        int[] pair = new int[truthTouchdownS.length];
        Arrays.fill(pair, -1);
        boolean[] used = new boolean[foundTouchdownS.length];
        int start = 0;
        for (int i = 0; i < truthTouchdownS.length; i++) {
            double t = truthTouchdownS[i];
            while (start < foundTouchdownS.length && foundTouchdownS[start] < t - toleranceS) {
                start++;
            }
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int k = start; k < foundTouchdownS.length && foundTouchdownS[k] <= t + toleranceS; k++) {
                double d = Math.abs(foundTouchdownS[k] - t);
                if (!used[k] && d < bestDistance) {
                    best = k;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                used[best] = true;
                pair[i] = best;
            }
        }
        return pair;
    }
}
