package dev.plyometer.detection;

import dev.plyometer.config.Thresholds;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JumpDetectorTest {

    private static List<Landing> detect(Trace trace) {
        JumpDetector detector = new JumpDetector(Thresholds.DEFAULTS);
        trace.feed(detector);
        return detector.landings();
    }

    @Test
    void findsEachJumpWithInterpolatedTakeoffAndTouchdown() {
        Trace trace = new Trace(100, 12).jump(2.003, 0.5, 0.12, 5.0, 0.04).jump(6.507, 0.45, 0.12, 4.0, 0.04);
        List<Landing> landings = detect(trace);
        assertThat(landings).hasSize(2);
        assertThat(landings.get(0).touchdownS()).isCloseTo(2.503, within(0.006));
        assertThat(landings.get(0).flightTimeS()).isCloseTo(0.5, within(0.012));
        assertThat(landings.get(1).flightTimeS()).isCloseTo(0.45, within(0.012));
    }

    @Test
    void measuresThePeakAndTheRiseToIt() {
        List<Landing> landings = detect(new Trace(200, 6).jump(2.0, 0.5, 0.1, 6.0, 0.04));
        Landing l = landings.get(0);
        assertThat(l.peakG()).isCloseTo(6.0, within(0.15));
        assertThat(l.timeToPeakS()).isCloseTo(0.04, within(0.01));
        assertThat(l.riseSamples()).isGreaterThanOrEqualTo(7);
        assertThat(l.pushoffPeakG()).isGreaterThan(2.0);
    }

    @Test
    void ignoresADipThatNeverReachesFreeFall() {
        assertThat(detect(new Trace(100, 6).dip(2.0, 0.35, 0.62, 1.9))).isEmpty();
    }

    @Test
    void ignoresAFlightWithoutAnImpact() {
        assertThat(detect(new Trace(100, 6).jump(2.0, 0.5, 0.1, 1.5, 0.04))).isEmpty();
    }

    @Test
    void ignoresLullsShorterThanTheShortestCandidate() {
        assertThat(detect(new Trace(200, 6).jump(2.0, 0.03, 0.1, 3.0, 0.03))).isEmpty();
    }

    @Test
    void keepsShortFlightsAsCandidatesForTheStrideFilter() {
        assertThat(detect(new Trace(200, 6).jump(2.0, 0.09, 0.1, 3.0, 0.03))).hasSize(1);
    }

    @Test
    void ignoresLullsLongerThanTheLongestFlight() {
        assertThat(detect(new Trace(100, 8).jump(2.0, 1.6, 0.05, 6.0, 0.04))).isEmpty();
    }

    @Test
    void aBriefSpikeInsideTheFlightDoesNotSplitIt() {
        Trace trace = new Trace(200, 6).jump(2.0, 0.5, 0.15, 5.0, 0.04);
        trace.set(450, 0.7); // t = 2.25 s, one sample of soft-tissue wobble above the threshold
        List<Landing> landings = detect(trace);
        assertThat(landings).hasSize(1);
        assertThat(landings.get(0).flightTimeS()).isCloseTo(0.5, within(0.012));
    }

    @Test
    void findsRopeSkipsWhoseNextFlightStartsInsideTheLandingWindow() {
        Trace trace = new Trace(200, 10);
        double t = 2.0;
        for (int i = 0; i < 10; i++) {
            trace.jump(t, 0.22, 0.15, 3.0, 0.03);
            t += 0.45;
        }
        assertThat(detect(trace)).hasSize(10);
    }

    @Test
    void aGapDuringAFlightDiscardsIt() {
        Trace trace = new Trace(100, 6).jump(2.0, 0.5, 0.1, 5.0, 0.04);
        JumpDetector detector = new JumpDetector(Thresholds.DEFAULTS);
        detector.start(0.01);
        detector.samples(java.util.Arrays.copyOfRange(trace.t, 0, 220), java.util.Arrays.copyOfRange(trace.m, 0, 220),
                java.util.Arrays.copyOfRange(trace.m, 0, 220), 220);
        detector.gap(2.19, 2.6);
        detector.samples(java.util.Arrays.copyOfRange(trace.t, 260, 600), java.util.Arrays.copyOfRange(trace.m, 260, 600),
                java.util.Arrays.copyOfRange(trace.m, 260, 600), 340);
        detector.finish();
        assertThat(detector.landings()).isEmpty();
    }
}
