package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Movements that are not plyometric contacts look like their real selves, not like jumps. */
class DistractorTest {

    @ParameterizedTest
    @EnumSource(Location.class)
    void stepDownsNeverReachBelowHalfAG(Location location) {
        SimulatedSession s = TestSessions.play(location, 71, b -> b.stand(2).set(Exercise.BOX_JUMP, 5)
                .stand(5).set(Exercise.BOX_JUMP, 5));
        SensorModel sensor = TestSessions.sensor(location, 71);
        assertThat(s.distractors().stepDowns()).isEqualTo(10);
        for (StepDownPhase p : TestSessions.phases(s, StepDownPhase.class)) {
            double min = Double.MAX_VALUE;
            double max = 0;
            double lowSince = Double.NaN;
            double longestLow = 0;
            for (double t = p.start; t < p.end; t += 0.0005) {
                double m = sensor.trueMagnitude(p, t);
                min = Math.min(min, m);
                max = Math.max(max, m);
                if (m < 0.8) {
                    lowSince = Double.isNaN(lowSince) ? t : lowSince;
                    longestLow = Math.max(longestLow, t - lowSince);
                } else {
                    lowSince = Double.NaN;
                }
            }
            assertThat(min).isGreaterThan(0.5).isLessThan(0.8);
            assertThat(longestLow).isLessThan(0.35);
            if (location == Location.WAIST) {
                assertThat(max).isBetween(1.3, 2.0);
            }
        }
    }

    @Test
    void walkingAtTheWaistStaysBetweenAboutPointSixAndOnePointFiveG() {
        SimulatedSession s = TestSessions.play(Location.WAIST, 72, b -> b.stand(2).walk(60).stand(2));
        SensorModel sensor = TestSessions.sensor(Location.WAIST, 72);
        WalkPhase w = TestSessions.phases(s, WalkPhase.class).get(0);
        double stepsPerSecond = w.steps() / w.duration();
        assertThat(stepsPerSecond).isBetween(1.8, 2.0);
        for (double t = w.start; t < w.end; t += 0.001) {
            assertThat(sensor.trueMagnitude(w, t)).isBetween(0.6, 1.5);
        }
    }

    @Test
    void joggingAndStridesHaveShortFlightsAndModestImpactsAtTheWaist() {
        SimulatedSession s = TestSessions.play(Location.WAIST, 73, b -> b.stand(2).jog(30).stand(2).strides(20));
        SensorModel sensor = TestSessions.sensor(Location.WAIST, 73);
        RunPhase jog = TestSessions.phases(s, RunPhase.class).get(0);
        RunPhase strides = TestSessions.phases(s, RunPhase.class).get(1);
        assertThat(jog.steps() / jog.duration()).isBetween(2.5, 3.0);
        assertThat(strides.steps() / strides.duration()).isBetween(2.9, 3.4);
        for (int i = 0; i < jog.steps() - 1; i++) {
            assertThat(jog.flightS(i)).isBetween(0.06, 0.11);
        }
        for (int i = 0; i < strides.steps() - 1; i++) {
            assertThat(strides.flightS(i)).isBetween(0.10, 0.16);
        }
        // Below 0.3 g lasts the flight plus the last of the take-off and the first of the landing.
        assertThat(maxLull(jog, sensor)).isBetween(0.04, 0.11 + 0.04);
        assertThat(maxLull(strides, sensor)).isBetween(0.08, 0.16 + 0.04);
        assertThat(max(jog, sensor)).isBetween(2.0, 3.0);
        assertThat(max(strides, sensor)).isBetween(2.5, 3.5);
        assertThat(s.distractors().runningStrides()).isEqualTo(jog.steps() + strides.steps());
    }

    @Test
    void armSwingsDipAtTheWristButNeverHoldANearZeroLull() {
        SimulatedSession s = TestSessions.play(Location.WRIST, 74,
                b -> b.stand(2).armSwings(15).stand(2).armSwings(15).stand(2).armSwings(15).stand(2));
        SensorModel sensor = TestSessions.sensor(Location.WRIST, 74);
        assertThat(s.distractors().armSwings()).isEqualTo(45);
        double min = Double.MAX_VALUE;
        for (ArmSwingPhase a : TestSessions.phases(s, ArmSwingPhase.class)) {
            double below = 0;
            for (double t = a.start; t < a.end; t += 0.0005) {
                double m = sensor.trueMagnitude(a, t);
                min = Math.min(min, m);
                below = m < 0.3 ? below + 0.0005 : 0;
                assertThat(below).as("time below 0.3 g").isLessThan(0.15);
            }
        }
        assertThat(min).as("the wrist is nearly unloaded at the top of a swing").isLessThan(0.75);
    }

    /** Longest run below 0.3 g inside the phase (the flights of running), s. */
    private static double maxLull(Phase p, SensorModel sensor) {
        double longest = 0;
        double run = 0;
        for (double t = p.start; t < p.end; t += 0.0005) {
            run = sensor.trueMagnitude(p, t) < 0.3 ? run + 0.0005 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static double max(Phase p, SensorModel sensor) {
        double max = 0;
        for (double t = p.start; t < p.end; t += 0.0005) {
            max = Math.max(max, sensor.trueMagnitude(p, t));
        }
        return max;
    }
}
