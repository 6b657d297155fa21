package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Flights are never a clean 0 g: the sensor reads trunk rotation and soft tissue, or limb motion. */
class FlightResidualTest {

    @ParameterizedTest
    @EnumSource(Location.class)
    void flightMagnitudeStaysInTheLocationsRangeAndVaries(Location location) {
        SimulatedSession s = TestSessions.everyExercise(location, 51);
        SensorModel sensor = TestSessions.sensor(location, 51);
        double min = Double.MAX_VALUE;
        double max = 0;
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (FlightPhase f : TestSessions.phases(s, FlightPhase.class)) {
            for (double t = f.start; t < f.end; t += 0.001) {
                double m = sensor.trueMagnitude(f, t);
                min = Math.min(min, m);
                max = Math.max(max, m);
                sum += m;
                sumSquares += m * m;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSquares / n - mean * mean);
        assertThat(min).isGreaterThanOrEqualTo(location.flightResidualMinG());
        assertThat(max).isLessThanOrEqualTo(location.flightResidualMaxG());
        assertThat(sd).as("residual varies").isGreaterThan(0.02);
        if (location == Location.WAIST) {
            assertThat(min).isGreaterThanOrEqualTo(0.05);
            assertThat(max).isLessThanOrEqualTo(0.3);
        } else {
            assertThat(min).isGreaterThanOrEqualTo(0.1);
            assertThat(max).isLessThanOrEqualTo(0.45);
        }
    }
}
