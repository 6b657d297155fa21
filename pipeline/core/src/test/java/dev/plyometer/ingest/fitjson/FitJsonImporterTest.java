package dev.plyometer.ingest.fitjson;

import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportException;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.ingest.fit.Collected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FitJsonImporterTest {
    /** 2024-05-04T09:30:00Z in Unix nanoseconds. */
    static final long T0_NANOS = 1714815000L * 1_000_000_000L;

    @TempDir
    Path dir;

    private Collected read(String json) throws IOException {
        Path file = dir.resolve("export.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Collected c = new Collected();
        ExportReader.read(file, "export.json", ImportOptions.DEFAULTS, c);
        return c;
    }

    @Test
    void readsTheJsSdksMessagesAndErrorsWrapperWithTheCalibrationAfterTheData() throws IOException {
        Collected c = read("""
                {"messages": {
                  "accelerometerDataMesgs": [
                    {"timestamp": "2024-05-04T09:30:00.000Z", "timestampMs": 500, "sampleTimeOffset": [0, 40],
                     "accelX": [34816, 32768], "accelY": [32768, 32768], "accelZ": [32768, 30720]}],
                  "threeDSensorCalibrationMesgs": [
                    {"timestamp": "2024-05-04T09:30:00.000Z", "sensorType": "accelerometer", "calibrationFactor": 1,
                     "calibrationDivisor": 2048, "levelShift": 32768, "offsetCal": [0, 0, 0],
                     "orientationMatrix": [1, 0, 0, 0, 1, 0, 0, 0, 1], "accelCalFactor": 1}]},
                 "errors": []}""");
        assertThat(c.info.format()).isEqualTo("fit-json-garmin-sdk");
        assertThat(c.info.timeEncoding()).isEqualTo("iso-8601");
        assertThat(c.times).containsExactly(T0_NANOS + 500_000_000L, T0_NANOS + 540_000_000L);
        assertThat(c.values.get(0)).containsExactly(1.0, 0.0, 0.0);
        assertThat(c.values.get(1)).containsExactly(0.0, 0.0, -1.0);
    }

    @Test
    void readsOnlyFitFileParsersMessagesNotItsLastMessageRootKeys() throws IOException {
        Collected c = read("""
                {"accelerometer_data": {"timestamp": "2024-05-04T09:30:01.000Z", "timestamp_ms": 0,
                   "sample_time_offset": [0], "calibrated_accel_x": [9], "calibrated_accel_y": [9],
                   "calibrated_accel_z": [9]},
                 "profileVersion": 21217,
                 "messages": {"accelerometer_data": [
                   {"timestamp": "2024-05-04T09:30:00.000Z", "timestamp_ms": 0, "sample_time_offset": [0, 40],
                    "compressed_calibrated_accel_x": [0, null], "compressed_calibrated_accel_y": [-30, 12],
                    "compressed_calibrated_accel_z": [1000, 990]}]}}""");
        assertThat(c.info.format()).isEqualTo("fit-json-fit-file-parser");
        assertThat(c.size()).isEqualTo(1); // the second sample's x is invalid (null)
        assertThat(c.values.get(0)).containsExactly(0.0, -0.03, 1.0);
        assertThat(c.stats.warnings()).anyMatch(w -> w.startsWith("export.json:6: 1 of 2 samples"));
    }

    @Test
    void readsFitdumpWithScalarsForOneElementArraysAndNaiveUtcTimes() throws IOException {
        Collected c = read("[{\"data\": {\"accel_cal_factor\": 1, \"calibration_divisor\": 1000, \"level_shift\": 0,"
                + " \"offset_cal\": [0, 0, 0], \"orientation_matrix\": [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],"
                + " \"sensor_type\": \"accelerometer\", \"timestamp\": \"2024-05-04T09:30:00\"},"
                + " \"type\": \"three_d_sensor_calibration\"},"
                + " {\"data\": {\"accel_x\": 500, \"accel_y\": 0, \"accel_z\": 1000, \"sample_time_offset\": 0,"
                + " \"timestamp\": \"2024-05-04T09:30:02\", \"timestamp_ms\": 20}, \"type\": \"accelerometer_data\"}]");
        assertThat(c.info.format()).isEqualTo("fit-json-fitparse");
        assertThat(c.times).containsExactly(T0_NANOS + 2_020_000_000L);
        assertThat(c.values.get(0)).containsExactly(0.5, 0.0, 1.0);
    }

    @Test
    void readsFitdecodeFramesAndMapsSystemTimeThroughTheCorrelation() throws IOException {
        Collected c = read("""
                [{"frame_type": "header", "header_size": 14},
                 {"frame_type": "definition_message", "name": "accelerometer_data", "field_defs": []},
                 {"frame_type": "data_message", "name": "timestamp_correlation", "fields": [
                   {"name": "timestamp", "value": "2024-05-04T09:31:09+00:00", "raw_value": 1083749469},
                   {"name": "system_timestamp", "value": 69, "raw_value": 69},
                   {"name": "system_timestamp_ms", "value": 109}]},
                 {"frame_type": "data_message", "name": "accelerometer_data", "fields": [
                   {"name": "timestamp", "value": 3, "units": "", "raw_value": 3},
                   {"name": "timestamp_ms", "value": 18},
                   {"name": "sample_time_offset", "value": [0, 10], "units": "ms"},
                   {"name": "calibrated_accel_x", "value": [0.5, 0.25]},
                   {"name": "calibrated_accel_y", "value": [0, 0]},
                   {"name": "calibrated_accel_z", "value": [1, 1]}]},
                 {"frame_type": "crc", "crc": "0x1234"}]""");
        assertThat(c.info.format()).isEqualTo("fit-json-fitdecode");
        assertThat(c.info.absoluteClock()).isTrue();
        assertThat(c.info.start()).hasToString("2024-05-04T09:30:02.909Z");
        assertThat(c.size()).isEqualTo(2);
    }

    @Test
    void aCutOffDocumentKeepsTheSamplesBeforeTheBreakWithAWarningNamingTheLine() throws IOException {
        Collected c = read("""
                {"accelerometerDataMesgs": [
                  {"timestamp": 1083749400, "timestampMs": 0, "sampleTimeOffset": [0],
                   "calibratedAccelX": [0], "calibratedAccelY": [0], "calibratedAccelZ": [1]},
                  {"timestamp": 1083749401, "timestampMs": 0, "sampleTimeOffset": [0],
                   "calibratedAccelX": [0], "calibratedAc""");
        assertThat(c.info.timeEncoding()).isEqualTo("fit-seconds");
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.stats.warnings()).singleElement().asString()
                .startsWith("export.json:5: the JSON breaks off here (");
    }

    @Test
    void aJsonDocumentThatIsNotFitDerivedIsRefusedWithOneLine() {
        assertThatThrownBy(() -> read("[{\"sensor\": \"Accelerometer\", \"time\": \"1698501144401773000\"}]"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("export.json: a JSON document that is not FIT-derived: expected");
    }
}
