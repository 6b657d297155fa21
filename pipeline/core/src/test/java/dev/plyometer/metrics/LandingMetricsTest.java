package dev.plyometer.metrics;

import dev.plyometer.config.Thresholds;
import dev.plyometer.detection.Landing;
import dev.plyometer.signal.Gap;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Plan;
import dev.plyometer.volume.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LandingMetricsTest {
    private static final Plan.PlanSet TWO_FOOT = new Plan.PlanSet(1, Exercise.SQUAT_JUMP, Stance.TWO_FOOT);
    // 0.5 s flight, touchdown level 0.3 g, peak 5.3 g 40 ms after touchdown over 8 samples
    private static final Landing LANDING = new Landing(2.0, 2.5, 0.3, 0.15, 5.3, 2.54, 8, 180, 4.1, 2.2, false);

    @Test
    void heightFromFlightTimeIsGTimesTSquaredOverEight() {
        assertThat(LandingMetrics.heightM(0.5)).isCloseTo(0.30646, within(1e-5));
    }

    @Test
    void rfdIsPeakMinusTouchdownLevelOverTimeToPeak() {
        Jump jump = new LandingMetrics(Thresholds.DEFAULTS, 200, Double.NaN, List.of(), 70).measure(1, LANDING, 1,
                TWO_FOOT);
        assertThat(jump.rfdBwPerS()).isCloseTo(125.0, within(1e-9));
        assertThat(jump.rfdNPerS()).isCloseTo(125.0 * 70 * 9.80665, within(1e-6));
        assertThat(jump.rfdSamplingErrorPct()).isCloseTo(12.5, within(1e-9));
        assertThat(jump.flags()).isEmpty();
        assertThat(jump.feet()).isEqualTo(2);
    }

    @Test
    void withholdsRfdBelowTheMinimumSampleRate() {
        Jump jump = new LandingMetrics(Thresholds.DEFAULTS, 50, Double.NaN, List.of(), Double.NaN).measure(1, LANDING,
                1, TWO_FOOT);
        assertThat(jump.rfdBwPerS()).isNull();
        assertThat(jump.flags()).containsExactly(Jump.RFD_UNRELIABLE);
        assertThat(jump.peakG()).isEqualTo(5.3);
    }

    @Test
    void withholdsRfdWhenTheRiseIsTooFewSamples() {
        Landing fast = new Landing(2.0, 2.5, 0.3, 0.15, 5.3, 2.51, 2, 500, 4.1, 2.2, false);
        Jump jump = new LandingMetrics(Thresholds.DEFAULTS, 200, Double.NaN, List.of(), Double.NaN).measure(1, fast, 1,
                TWO_FOOT);
        assertThat(jump.flags()).contains(Jump.RFD_UNRELIABLE);
    }

    @Test
    void flagsClippedLandingsAndLandingsNearAGap() {
        Landing clipped = new Landing(2.0, 2.5, 0.3, 0.15, 8.1, 2.54, 8, 180, 8.0, 2.2, false);
        Jump jump = new LandingMetrics(Thresholds.DEFAULTS, 200, 8.0, List.of(new Gap(3.1, 3.6)), Double.NaN)
                .measure(1, clipped, 1, new Plan.PlanSet(1, Exercise.SINGLE_LEG_HOP, Stance.SINGLE_LEG));
        assertThat(jump.flags()).containsExactly(Jump.CLIPPED, Jump.GAP_NEARBY);
        assertThat(jump.feet()).isEqualTo(1);
        assertThat(jump.intensity()).isEqualTo("high");
    }
}
