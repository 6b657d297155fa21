package dev.plyometer.signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RestLevelTest {
    private static void feed(RestLevel rest, double from, double to, double rateHz, java.util.function.DoubleUnaryOperator m) {
        int n = (int) Math.round((to - from) * rateHz);
        double[] t = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + i / rateHz;
            g[i] = m.applyAsDouble(t[i]);
        }
        rest.samples(t, g, g, n);
    }

    @Test
    void stillWindowsGiveTheRestLevelAndMovingOnesAreLeftOut() {
        RestLevel rest = new RestLevel(1.0, 0.03);
        feed(rest, 0, 10, 100, t -> 1.04 + 0.005 * Math.sin(40 * t));   // still, reading 4 % high
        feed(rest, 10, 20, 100, t -> 1.0 + 1.5 * Math.sin(6 * t));      // jumping: never still
        feed(rest, 20, 30.01, 100, t -> 1.04);
        assertThat(rest.restMagnitudeG()).isCloseTo(1.04, within(0.002));
        assertThat(rest.stillSeconds()).as("20 still windows of 0.99 s").isCloseTo(19.8, within(0.05));
    }

    @Test
    void aWindowAcrossAGapDoesNotCount() {
        RestLevel rest = new RestLevel(1.0, 0.03);
        feed(rest, 0, 0.5, 100, t -> 1.0);
        rest.gap(0.5, 0.9);
        feed(rest, 0.9, 1.2, 100, t -> 1.0);
        assertThat(rest.stillSeconds()).isZero();
        assertThat(rest.restMagnitudeG()).isNaN();
    }
}
