package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Landings rise over 20–60 ms to location-typical peaks, then settle back to about 1 g. */
class LandingShapeTest {

    @ParameterizedTest
    @EnumSource(Location.class)
    void landingsRiseFromTouchdownToPeakWithin20To60Ms(Location location) {
        SimulatedSession s = TestSessions.everyExercise(location, 61);
        SensorModel sensor = TestSessions.sensor(location, 61);
        assertThat(s.jumps()).hasSizeGreaterThan(100);
        for (JumpMarker j : s.jumps()) {
            LandingTruth.Measure m = LandingTruth.measure(j.landing(), sensor);
            assertThat(m.riseS()).as("%s at %.3f s", j.exercise(), j.touchdownS()).isBetween(0.020, 0.060);
        }
    }

    @ParameterizedTest
    @EnumSource(Location.class)
    void landingPeaksAreTypicalForTheLocation(Location location) {
        SimulatedSession s = TestSessions.everyExercise(location, 62);
        SensorModel sensor = TestSessions.sensor(location, 62);
        List<Double> peaks = new ArrayList<>();
        for (JumpMarker j : s.jumps()) {
            double peak = LandingTruth.measure(j.landing(), sensor).peakG();
            peaks.add(peak);
            switch (location) {
                case WAIST -> assertThat(peak).isBetween(2.0, 10.5);
                case ANKLE -> assertThat(peak).isBetween(8.0, 21.0);
                case WRIST -> assertThat(peak).isBetween(2.0, 7.5);
            }
        }
        Collections.sort(peaks);
        double median = peaks.get(peaks.size() / 2);
        switch (location) {
            case WAIST -> assertThat(median).isBetween(3.0, 8.0);
            case ANKLE -> assertThat(median).isBetween(8.0, 20.0);
            case WRIST -> assertThat(median).isBetween(2.0, 6.0);
        }
    }

    @Test
    void ropeSkipsLandSofterAndDepthJumpDropsHarderAtTheWaist() {
        SimulatedSession s = TestSessions.everyExercise(Location.WAIST, 63);
        SensorModel sensor = TestSessions.sensor(Location.WAIST, 63);
        for (JumpMarker j : s.jumps()) {
            double peak = LandingTruth.measure(j.landing(), sensor).peakG();
            if (j.exercise() == Exercise.ROPE_SKIP) {
                assertThat(peak).isBetween(2.0, 4.0);
            }
            boolean drop = TestSessions.previous(s, TestSessions.previous(s, j.landing())) instanceof StepOffPhase;
            if (drop) {
                assertThat(peak).isBetween(6.0, 10.5);
            }
        }
    }

    @Test
    void rfdIsThePeakRiseOverTheRiseTime() {
        SimulatedSession s = TestSessions.play(Location.WAIST, 64, b -> b.stand(2).set(Exercise.SQUAT_JUMP, 3));
        SensorModel sensor = TestSessions.sensor(Location.WAIST, 64);
        for (JumpMarker j : s.jumps()) {
            LandingTruth.Measure m = LandingTruth.measure(j.landing(), sensor);
            assertThat(m.touchdownG()).isCloseTo(sensor.trueMagnitude(j.landing(), j.touchdownS()), within(1e-12));
            assertThat(m.rfdBwPerS()).isCloseTo((m.peakG() - m.touchdownG()) / m.riseS(), within(1e-9));
            assertThat(m.rfdBwPerS()).isBetween(50.0, 400.0);
        }
    }

    @Test
    void landingsSettleBackToAboutOneG() {
        SimulatedSession s = TestSessions.everyExercise(Location.WAIST, 65);
        SensorModel sensor = TestSessions.sensor(Location.WAIST, 65);
        for (ContactPhase c : TestSessions.phases(s, ContactPhase.class)) {
            if (c.profile.fromFlight() && !c.profile.toFlight()) {
                assertThat(c.duration()).isBetween(0.2, 0.7);
                assertThat(sensor.trueMagnitude(c, c.end - 1e-6)).isCloseTo(1.0, within(0.05));
            }
        }
    }
}
