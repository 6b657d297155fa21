package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Header recognition on the headers real apps write (formats.md §3), split on the delimiter shown. */
class ColumnMatcherTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // header                                                                        | delim | time             | x                           | units   | unit scale
        "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\" | , | Time (s) | Acceleration x (m/s^2) | m/s2 | 9",
        "time,seconds_elapsed,z,y,x                                                       | ,     | time             | x                           | -       | -",
        "loggingTime(txt),loggingSample(N),locationTimestamp_since1970(s),accelerometerTimestamp_sinceReboot(s),accelerometerAccelerationX(G),accelerometerAccelerationY(G),accelerometerAccelerationZ(G),motionUserAccelerationX(G),motionUserAccelerationY(G),motionUserAccelerationZ(G),motionGravityX(G),motionGravityY(G),motionGravityZ(G) | , | loggingTime(txt) | accelerometerAccelerationX(G) | g | -",
        "time,gFx,gFy,gFz,TgF                                                             | ,     | time             | gFx                         | g       | -",
        "time,ax,ay,az,aT                                                                 | ,     | time             | ax                          | -       | -",
        "Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]                       | ;     | Phone timestamp  | X [mg]                      | milli-g | -",
        "epoc (ms),timestamp (-0700),elapsed (s),x-axis (g),y-axis (g),z-axis (g)         | ,     | epoc (ms)        | x-axis (g)                  | g       | 6",
        "Epoch,X,Y,Z                                                                      | ,     | Epoch            | X                           | -       | -",
        "Timestamp,Accelerometer X,Accelerometer Y,Accelerometer Z                        | ,     | Timestamp        | Accelerometer X             | -       | -",
        "unix_time,acc_x,acc_y,acc_z,gyro_x,gyro_y,gyro_z,light,temperature               | ,     | unix_time        | acc_x                       | -       | -",
        "time_ms,accel_x,accel_y,accel_z                                                  | ,     | time_ms          | accel_x                     | -       | 6",
        "datetime,x_g,y_g,z_g                                                             | ,     | datetime         | x_g                         | g       | -",
        "t,AccX,AccY,AccZ                                                                 | ,     | t                | AccX                        | -       | -",
        "ax,ay,az,gx,gy,gz                                                                | ,     | -                | ax                          | -       | -",
        "time,x,y,z,ax,ay,az                                                              | ,     | time             | ax                          | -       | -"})
    void recognisesTimeAndAxesInRealHeaders(String header, char delimiter, String time, String x, String units,
            Integer timeScale) {
        ColumnMapping m = match(header, delimiter);
        assertThat(m).isNotNull();
        assertThat(m.time() == null ? null : m.time().raw()).isEqualTo(time);
        assertThat(m.axes().get(0).raw()).isEqualTo(x);
        assertThat(m.units() == null ? null : m.units().label).isEqualTo(units);
        assertThat(m.timeUnitScale()).isEqualTo(timeScale);
    }

    @Test
    void mapsSensorLoggerAxesByNameNotByPosition() {
        ColumnMapping m = match("time,seconds_elapsed,z,y,x", ',');
        assertThat(m.axes()).extracting(ColumnName::index).containsExactly(4, 3, 2);
        assertThat(m.ignored()).extracting(ColumnName::raw).containsExactly("seconds_elapsed");
    }

    @Test
    void prefersAccelerometerOverUserAccelerationInSensorLog() {
        ColumnMapping m = match("loggingTime(txt),motionUserAccelerationX(G),motionUserAccelerationY(G),"
                + "motionUserAccelerationZ(G),accelerometerAccelerationX(G),accelerometerAccelerationY(G),"
                + "accelerometerAccelerationZ(G)", ',');
        assertThat(m.axes().get(0).raw()).isEqualTo("accelerometerAccelerationX(G)");
        assertThat(m.gravityRemoved()).isFalse();
    }

    @Test
    void flagsLinearAccelerationAsGravityRemoved() {
        ColumnMapping m = match("Time (s),Linear Acceleration x (m/s^2),Linear Acceleration y (m/s^2),"
                + "Linear Acceleration z (m/s^2)", ',');
        assertThat(m.gravityRemoved()).isTrue();
    }

    @Test
    void ignoresAxesWhoseUnitsAreNotAcceleration() {
        assertThat(match("epoc (ms),timestamp (-0700),elapsed (s),x-axis (deg/s),y-axis (deg/s),z-axis (deg/s)", ','))
                .isNull();
    }

    @Test
    void refusesTwoEquallyGoodSetsOfAxes() {
        assertThatThrownBy(() -> match("time,ax,ay,az,acc_x,acc_y,acc_z", ','))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("h.csv:1: columns \"ax\", \"ay\", \"az\" and \"acc_x\", \"acc_y\", \"acc_z\"");
    }

    @Test
    void findsNothingInUnrelatedNames() {
        assertThat(match("foo,bar,baz", ',')).isNull();
        assertThat(match("2025-11-24 12:19:03.410,0.656250,-1.000000,2.781250", ',')).isNull();
    }

    private static ColumnMapping match(String header, char delimiter) {
        List<String> values = LineSplitter.split(header.strip(), delimiter);
        List<ColumnName> names = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            names.add(ColumnName.of(i, values.get(i)));
        }
        return ColumnMatcher.match(names, "h.csv", 1);
    }
}
