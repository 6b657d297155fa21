package dev.plyometer.validate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JumpMatcherTest {
    @Test
    void pairsEachTrueLandingWithTheNearestFoundOneWithinTolerance() {
        double[] truth = {1.0, 2.0, 3.0, 4.0};
        double[] found = {0.98, 2.07, 2.5, 4.01, 4.2};
        assertThat(JumpMatcher.match(truth, found, 0.1)).containsExactly(0, 1, -1, 3);
    }

    @Test
    void neverPairsOneFoundLandingTwice() {
        double[] truth = {1.0, 1.05};
        double[] found = {1.03};
        assertThat(JumpMatcher.match(truth, found, 0.1)).containsExactly(0, -1);
    }
}
