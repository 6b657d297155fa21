package dev.plyometer.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProportionTest {
    @Test
    void matchesPublishedClopperPearsonBounds() {
        // reference values of the exact binomial interval at 95 %
        Proportion half = Proportion.clopperPearson(5, 10, 0.95);
        assertThat(half.low()).isCloseTo(0.1871, within(1e-4));
        assertThat(half.high()).isCloseTo(0.8129, within(1e-4));
        assertThat(Proportion.clopperPearson(0, 10, 0.95).high()).isCloseTo(0.3085, within(1e-4));
        assertThat(Proportion.clopperPearson(10, 10, 0.95).low()).isCloseTo(0.6915, within(1e-4));
    }

    @Test
    void allSuccessesStillLeaveALowerBoundBelowOne() {
        // with every trial a success the lower bound is (α/2)^(1/n)
        Proportion all = Proportion.clopperPearson(327, 327, 0.95);
        assertThat(all.estimate()).isEqualTo(1.0);
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(Math.pow(0.025, 1.0 / 327), within(1e-9));
    }

    @Test
    void noTrialsSayNothing() {
        Proportion none = Proportion.clopperPearson(0, 0, 0.95);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isEqualTo(1.0);
    }
}
