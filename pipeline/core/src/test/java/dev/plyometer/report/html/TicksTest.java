package dev.plyometer.report.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicksTest {
    @Test
    void picksOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Ticks.step(0, 362, 8)).isEqualTo(50);
        assertThat(Ticks.step(0, 8, 5)).isEqualTo(2);
        assertThat(Ticks.step(63.4, 70.1, 8)).isEqualTo(1);
        assertThat(Ticks.step(0, 0.9, 5)).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void startsAtTheFirstMultipleInsideTheRange() {
        assertThat(Ticks.values(63.4, 70.1, 8)).containsExactly(64.0, 65.0, 66.0, 67.0, 68.0, 69.0, 70.0);
    }

    @Test
    void labelsWithTheDecimalsTheStepNeeds() {
        assertThat(Ticks.label(150, 50)).isEqualTo("150");
        assertThat(Ticks.label(0.4, 0.2)).isEqualTo("0.4");
        assertThat(Ticks.label(-0.0, 0.5)).isEqualTo("0.0");
    }

    @Test
    void roundsTheAxisTopUpToATick() {
        assertThat(Ticks.niceCeiling(7.53, 5)).isEqualTo(8);
        assertThat(Ticks.niceCeiling(17.2, 5)).isEqualTo(20);
    }
}
