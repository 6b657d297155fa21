package dev.plyometer.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a session as Garmin's FitCSVTool prints the equivalent {@code .fit} file: either the message-row CSV
 * ({@code Type,Local Number,Message,Field 1,Value 1,Units 1,…}, UTF-8 with a BOM, FIT-second times, enums as numbers)
 * or the {@code --data} flat table ({@code accelerometer_data.calibrated_accel_x[g]}, ISO times as with
 * {@code -iso8601}). Values are quoted, arrays {@code |}-joined, lines end with {@code \n}.
 */
final class FitCsvToolWriter implements FitMessageGrouper.Target {
    /** Widest message (the calibration: 7 fields); every row is padded to it, as FitCSVTool does. */
    private static final int WIDTH = 7;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final FitExport export;
    private final boolean table;
    private final CountingOutputStream bytes;
    private final Writer out;
    private final long startUtcFitMs;
    private final StringBuilder line = new StringBuilder(4096);
    private int definedCount = -1;
    private String tablePrefix = "";
    private boolean started;

    FitCsvToolWriter(Path file, FitExport export, long startEpochNanos) throws IOException {
        this.export = export;
        this.table = export.container() == FitExport.Container.FITCSVTOOL_DATA;
        this.bytes = new CountingOutputStream(Files.newOutputStream(file));
        this.out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        this.startUtcFitMs = Math.floorDiv(startEpochNanos, 1_000_000L) - FitMessageGrouper.FIT_EPOCH_MS;
    }

    long bytes() throws IOException {
        out.flush();
        return bytes.count();
    }

    @Override
    public void message(FitMessage m) throws IOException {
        if (!started) {
            started = true;
            if (table) {
                tableHeader(m);
            } else {
                preamble(m);
            }
        }
        line.setLength(0);
        if (table) {
            line.append(tablePrefix);
            line.append(quoted(time(m.timestamp))).append(',').append(quoted(Integer.toString(m.timestampMs)))
                    .append(',').append(quoted(joined(m.offsets, m.count)));
            for (int a = 0; a < 3; a++) {
                line.append(',').append(quoted(values(m, a)));
            }
        } else {
            if (definedCount != m.count) {
                definedCount = m.count;
                List<String[]> defs = new ArrayList<>();
                defs.add(new String[] {"timestamp", "1", ""});
                defs.add(new String[] {"timestamp_ms", "1", ""});
                defs.add(new String[] {"sample_time_offset", Integer.toString(m.count), ""});
                for (String axis : axisNames()) {
                    defs.add(new String[] {axis, Integer.toString(m.count), ""});
                }
                row("Definition", 1, "accelerometer_data", defs);
                line.setLength(0);
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {"timestamp", quoted(Long.toString(m.timestamp)), "s"});
            fields.add(new String[] {"timestamp_ms", quoted(Integer.toString(m.timestampMs)), "ms"});
            fields.add(new String[] {"sample_time_offset", quoted(joined(m.offsets, m.count)), "ms"});
            String[] names = axisNames();
            for (int a = 0; a < 3; a++) {
                fields.add(new String[] {names[a], quoted(values(m, a)), units()});
            }
            row("Data", 1, "accelerometer_data", fields);
            return;
        }
        line.append('\n');
        out.write(line.toString());
    }

    private String[] axisNames() {
        return switch (export.values()) {
            case RAW -> new String[] {"accel_x", "accel_y", "accel_z"};
            case CALIBRATED -> new String[] {"calibrated_accel_x", "calibrated_accel_y", "calibrated_accel_z"};
            case COMPRESSED -> new String[] {"compressed_calibrated_accel_x", "compressed_calibrated_accel_y",
                    "compressed_calibrated_accel_z"};
        };
    }

    private String units() {
        return switch (export.values()) {
            case RAW -> "counts";
            case CALIBRATED -> "g";
            case COMPRESSED -> "mG";
        };
    }

    private String values(FitMessage m, int a) {
        return switch (export.values()) {
            case RAW -> joined(m.raw[a], m.count);
            case COMPRESSED -> joined(m.compressed[a], m.count);
            case CALIBRATED -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < m.count; i++) {
                    if (i > 0) {
                        s.append('|');
                    }
                    s.append(FitMessage.floatDecimal(m.calibrated[a][i]));
                }
                yield s.toString();
            }
        };
    }

    /**
     * The table's header; the calibration and correlation columns come first and repeat on every row, as the tool
     * repeats the last values of each message it was asked for.
     */
    private void tableHeader(FitMessage first) throws IOException {
        StringBuilder h = new StringBuilder();
        StringBuilder p = new StringBuilder();
        long utcS = Math.floorDiv(startUtcFitMs, 1000L);
        if (export.systemTime()) {
            h.append("timestamp_correlation.timestamp,timestamp_correlation.system_timestamp,"
                    + "timestamp_correlation.timestamp_ms[ms],timestamp_correlation.system_timestamp_ms[ms],");
            p.append(quoted(time(utcS))).append(',')
                    .append(quoted(Long.toString(FitMessageGrouper.SYSTEM_START_MS / 1000))).append(',')
                    .append(quoted(Long.toString(Math.floorMod(startUtcFitMs, 1000L)))).append(',')
                    .append(quoted(Long.toString(FitMessageGrouper.SYSTEM_START_MS % 1000))).append(',');
        }
        if (export.values() == FitExport.Values.RAW) {
            h.append("three_d_sensor_calibration.timestamp,three_d_sensor_calibration.sensor_type,"
                    + "three_d_sensor_calibration.accel_cal_factor[g],"
                    + "three_d_sensor_calibration.calibration_divisor[counts],three_d_sensor_calibration.level_shift,"
                    + "three_d_sensor_calibration.offset_cal,three_d_sensor_calibration.orientation_matrix,");
            p.append(quoted(time(first.timestamp))).append(",\"ACCELEROMETER\",")
                    .append(quoted(Long.toString(FitMessage.FACTOR))).append(',')
                    .append(quoted(Long.toString(FitMessage.DIVISOR))).append(',')
                    .append(quoted(Long.toString(FitMessage.LEVEL_SHIFT))).append(',')
                    .append(quoted(joined(FitMessage.OFFSETS, 3))).append(',')
                    .append(quoted(matrix())).append(',');
        }
        tablePrefix = p.toString();
        h.append("accelerometer_data.timestamp,accelerometer_data.timestamp_ms[ms],"
                + "accelerometer_data.sample_time_offset[ms]");
        for (String axis : axisNames()) {
            h.append(",accelerometer_data.").append(axis).append('[').append(units()).append(']');
        }
        out.write(h.append('\n').toString());
    }

    private void preamble(FitMessage first) throws IOException {
        StringBuilder h = new StringBuilder("\uFEFFType,Local Number,Message");
        for (int i = 1; i <= WIDTH; i++) {
            h.append(",Field ").append(i).append(",Value ").append(i).append(",Units ").append(i);
        }
        out.write(h.append(",\n").toString());
        long utcS = Math.floorDiv(startUtcFitMs, 1000L);
        row("Definition", 0, "file_id", List.of(new String[] {"type", "1", ""}, new String[] {"manufacturer", "1", ""},
                new String[] {"time_created", "1", ""}));
        row("Data", 0, "file_id", List.of(new String[] {"type", quoted("4"), ""},
                new String[] {"manufacturer", quoted("255"), ""},
                new String[] {"time_created", quoted(Long.toString(utcS)), ""}));
        if (export.systemTime()) {
            row("Definition", 2, "timestamp_correlation", List.of(new String[] {"timestamp", "1", ""},
                    new String[] {"system_timestamp", "1", ""}, new String[] {"timestamp_ms", "1", ""},
                    new String[] {"system_timestamp_ms", "1", ""}));
            row("Data", 2, "timestamp_correlation", List.of(
                    new String[] {"timestamp", quoted(Long.toString(utcS)), "s"},
                    new String[] {"system_timestamp", quoted(Long.toString(FitMessageGrouper.SYSTEM_START_MS / 1000)),
                            "s"},
                    new String[] {"timestamp_ms", quoted(Long.toString(Math.floorMod(startUtcFitMs, 1000L))), "ms"},
                    new String[] {"system_timestamp_ms",
                            quoted(Long.toString(FitMessageGrouper.SYSTEM_START_MS % 1000)), "ms"}));
        }
        if (export.values() == FitExport.Values.RAW) {
            row("Definition", 3, "three_d_sensor_calibration", List.of(new String[] {"timestamp", "1", ""},
                    new String[] {"sensor_type", "1", ""}, new String[] {"calibration_factor", "1", ""},
                    new String[] {"calibration_divisor", "1", ""}, new String[] {"level_shift", "1", ""},
                    new String[] {"offset_cal", "3", ""}, new String[] {"orientation_matrix", "9", ""}));
            row("Data", 3, "three_d_sensor_calibration", List.of(
                    new String[] {"timestamp", quoted(Long.toString(first.timestamp)), "s"},
                    new String[] {"sensor_type", quoted("0"), ""},
                    new String[] {"accel_cal_factor", quoted(Long.toString(FitMessage.FACTOR)), ""},
                    new String[] {"calibration_divisor", quoted(Long.toString(FitMessage.DIVISOR)), "counts"},
                    new String[] {"level_shift", quoted(Long.toString(FitMessage.LEVEL_SHIFT)), ""},
                    new String[] {"offset_cal", quoted(joined(FitMessage.OFFSETS, 3)), ""},
                    new String[] {"orientation_matrix", quoted(matrix()), ""}));
        }
    }

    private void row(String type, int local, String message, List<String[]> fields) throws IOException {
        StringBuilder s = new StringBuilder(type).append(',').append(local).append(',').append(message);
        for (int i = 0; i < WIDTH; i++) {
            String[] f = i < fields.size() ? fields.get(i) : new String[] {"", "", ""};
            s.append(',').append(f[0]).append(',').append(f[1]).append(',').append(f[2]);
        }
        out.write(s.append(",\n").toString());
    }

    private static String matrix() {
        StringBuilder matrix = new StringBuilder();
        for (int v : FitMessage.MATRIX) {
            matrix.append(matrix.length() > 0 ? "|" : "").append(FitMessage.floatDecimal(v / 65535.0));
        }
        return matrix.toString();
    }

    private static String joined(int[] v, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append('|');
            }
            s.append(v[i]);
        }
        return s.toString();
    }

    private static String quoted(String s) {
        return '"' + s + '"';
    }

    private static String time(long fitSeconds) {
        return fitSeconds < 0x10000000L ? Long.toString(fitSeconds)
                : ISO.format(Instant.ofEpochSecond(FitMessageGrouper.FIT_EPOCH_MS / 1000 + fitSeconds));
    }

    void close() throws IOException {
        out.close();
    }
}
