package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The simulated device: orientation keeps the magnitude, errors and clipping do what they say. */
class SensorModelTest {

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void orientationRotatesWithoutChangingTheMagnitude(Orientation orientation) {
        SimulatedSession s = TestSessions.play(Location.WAIST, 81, b -> b.stand(1).set(Exercise.SQUAT_JUMP, 2));
        for (long seed = 1; seed <= 20; seed++) {
            SensorModel ideal = new SensorModel(Location.WAIST, new SensorSpec(1000, 0, 0, 0, orientation),
                    new Rng(seed), new Rng(seed + 100));
            double[] axes = new double[3];
            for (Phase p : s.timeline().phases()) {
                double t = (p.start + p.end) / 2;
                ideal.measure(p, t, axes);
                double m = Math.sqrt(axes[0] * axes[0] + axes[1] * axes[1] + axes[2] * axes[2]);
                assertThat(m).isCloseTo(ideal.trueMagnitude(p, t), within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Location.class)
    void restReadsOneGWithinBiasScaleAndNoise(Location location) {
        SimulatedSession s = TestSessions.play(location, 82, b -> b.stand(20));
        SensorModel sensor = TestSessions.sensor(location, 82);
        double[] axes = new double[3];
        Phase stand = s.timeline().phases().get(0);
        double sum = 0;
        int n = 0;
        for (double t = 0; t < 20; t += 0.01) {
            sensor.measure(stand, t, axes);
            sum += Math.sqrt(axes[0] * axes[0] + axes[1] * axes[1] + axes[2] * axes[2]);
            n++;
        }
        assertThat(sum / n).isCloseTo(1.0, within(0.06));
    }

    @ParameterizedTest
    @EnumSource(Orientation.class)
    void clipsEachAxisAtTheRange(Orientation orientation) {
        SimulatedSession s = TestSessions.play(Location.ANKLE, 83, b -> b.stand(1).set(Exercise.DEPTH_JUMP, 3));
        SensorModel sensor = new SensorModel(Location.ANKLE, new SensorSpec(8, 0.01, 0.02, 0.02, orientation),
                new Rng(5), new Rng(6));
        double[] axes = new double[3];
        double max = 0;
        for (Phase p : s.timeline().phases()) {
            for (double t = p.start; t < p.end; t += 0.001) {
                sensor.measure(p, t, axes);
                for (double a : axes) {
                    max = Math.max(max, Math.abs(a));
                }
            }
        }
        assertThat(max).isEqualTo(8.0);
        assertThat(sensor.clippedSamples()).isPositive();
    }
}
