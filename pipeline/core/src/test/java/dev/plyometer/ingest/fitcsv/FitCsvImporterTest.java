package dev.plyometer.ingest.fitcsv;

import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.ingest.fit.Collected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FitCsvImporterTest {
    static final long T0_NANOS = 1714815000L * 1_000_000_000L;

    @TempDir
    Path dir;

    private Collected read(String csv) throws IOException {
        Path file = dir.resolve("export.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Collected c = new Collected();
        ExportReader.read(file, "export.csv", ImportOptions.DEFAULTS, c);
        return c;
    }

    @Test
    void readsMessageRowsWithABomPipeJoinedArraysAndRawCountsThroughTheCalibration() throws IOException {
        Collected c = read("\uFEFFType,Local Number,Message,Field 1,Value 1,Units 1,Field 2,Value 2,Units 2,\n"
                + "Definition,3,three_d_sensor_calibration,timestamp,1,,sensor_type,1,,\n"
                + "Data,3,three_d_sensor_calibration,timestamp,\"1083749400\",s,sensor_type,\"0\",,"
                + "accel_cal_factor,\"1\",,calibration_divisor,\"2048\",counts,level_shift,\"32768\",,"
                + "offset_cal,\"0|0|0\",,orientation_matrix,\"1.0|0.0|0.0|0.0|1.0|0.0|0.0|0.0|1.0\",,\n"
                + "Data,5,accelerometer_data,timestamp,\"1083749400\",s,timestamp_ms,\"0\",ms,"
                + "sample_time_offset,\"0|40\",ms,accel_x,\"34816|32768\",counts,accel_y,\"32768|32768\",counts,"
                + "accel_z,\"32768|34816\",counts,\n");
        assertThat(c.info.format()).isEqualTo("fitcsvtool");
        assertThat(c.info.timeEncoding()).isEqualTo("fit-seconds");
        assertThat(c.times).containsExactly(T0_NANOS, T0_NANOS + 40_000_000L);
        assertThat(c.values.get(0)).containsExactly(1.0, 0.0, 0.0);
        assertThat(c.values.get(1)).containsExactly(0.0, 0.0, 1.0);
    }

    @Test
    void readsTheDataTableWithIsoTimesAndUnitsInTheHeader() throws IOException {
        Collected c = read("accelerometer_data.timestamp,accelerometer_data.timestamp_ms[ms],"
                + "accelerometer_data.sample_time_offset[ms],accelerometer_data.calibrated_accel_x[g],"
                + "accelerometer_data.calibrated_accel_y[g],accelerometer_data.calibrated_accel_z[g]\n"
                + "\"2024-05-04T09:30:00Z\",\"0\",\"0|40\",\"0.5|0.25\",\"0.0|0.0\",\"1.0|1.0\"\n"
                + "\"2024-05-04T09:30:01Z\",\"0\",\"0|40\",\"0.5|0.25\",\"0.0|0.0\",\"1.0|1.0\"\n");
        assertThat(c.info.format()).isEqualTo("fitcsvtool-data");
        assertThat(c.info.timeEncoding()).isEqualTo("iso-8601");
        assertThat(c.size()).isEqualTo(4);
        assertThat(c.times.get(3)).isEqualTo(T0_NANOS + 1_040_000_000L);
    }
}
