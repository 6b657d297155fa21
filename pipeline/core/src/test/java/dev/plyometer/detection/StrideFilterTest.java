package dev.plyometer.detection;

import dev.plyometer.config.Thresholds;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StrideFilterTest {

    private static List<Landing> train(double start, int count, double intervalS, double flightS) {
        List<Landing> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double td = start + i * intervalS;
            out.add(new Landing(td - flightS, td, 0.3, 0.15, 3, td + 0.03, 6, 100, 3, 2, false));
        }
        return out;
    }

    @Test
    void rejectsAContinuousRunOfShortFlightsAtRunningCadence() {
        StrideFilter.Result result = new StrideFilter(Thresholds.DEFAULTS).apply(train(10, 40, 0.33, 0.15));
        assertThat(result.kept()).isEmpty();
        assertThat(result.strides()).isEqualTo(40);
    }

    @Test
    void keepsRopeSkipsWhoseRhythmIsSlowerThanRunning() {
        StrideFilter.Result result = new StrideFilter(Thresholds.DEFAULTS).apply(train(10, 30, 0.46, 0.19));
        assertThat(result.kept()).hasSize(30);
        assertThat(result.strides()).isZero();
    }

    @Test
    void keepsLongFlightsEvenAtAFastRhythm() {
        assertThat(new StrideFilter(Thresholds.DEFAULTS).apply(train(10, 10, 0.38, 0.3)).kept()).hasSize(10);
    }

    @Test
    void keepsAFewShortFlightsThatAreTooFewToBeRunning() {
        List<Landing> landings = train(10, 3, 0.33, 0.15);
        landings.addAll(train(60, 5, 3.0, 0.5));
        StrideFilter.Result result = new StrideFilter(Thresholds.DEFAULTS).apply(landings);
        assertThat(result.kept()).hasSize(8);
    }

    @Test
    void recognisesARunFromItsShortFlightsAndRejectsTheLongerStridesInIt() {
        List<Landing> landings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double td = 10 + i * 0.31;
            double flight = i % 5 == 2 ? 0.15 : 0.09; // now and then a stride as long as a short rope skip
            landings.add(new Landing(td - flight, td, 0.3, 0.15, 3, td + 0.03, 6, 100, 3, 2, false));
        }
        StrideFilter.Result result = new StrideFilter(Thresholds.DEFAULTS).apply(landings);
        assertThat(result.kept()).isEmpty();
        assertThat(result.strides()).isEqualTo(30);
    }

    @Test
    void dropsFlightsShorterThanTheShortestFlightThatCounts() {
        List<Landing> landings = train(10, 2, 3.0, 0.08);
        StrideFilter.Result result = new StrideFilter(Thresholds.DEFAULTS).apply(landings);
        assertThat(result.kept()).isEmpty();
        assertThat(result.tooShort()).isEqualTo(2);
        assertThat(result.strides()).isZero();
    }

    @Test
    void rejectsTheRunButKeepsTheJumpsAfterIt() {
        List<Landing> landings = train(10, 20, 0.32, 0.14);
        landings.addAll(train(30, 5, 4.0, 0.5));
        StrideFilter.Result result = new StrideFilter(Thresholds.DEFAULTS).apply(landings);
        assertThat(result.kept()).hasSize(5).allSatisfy(l -> assertThat(l.flightTimeS()).isEqualTo(0.5,
                org.assertj.core.api.Assertions.within(1e-9)));
        assertThat(result.strides()).isEqualTo(20);
    }
}
