package dev.plyometer.simulate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a session as the JSON one of four FIT decoders would print for the equivalent {@code .fit} file, streamed
 * with Jackson's generator, one message per line:
 *
 * <ul>
 *   <li>Garmin's JS SDK: an object of camelCase {@code …Mesgs} arrays, ISO dates with {@code .000Z}, enums as
 *       strings, the sub-field {@code accelCalFactor} beside {@code calibrationFactor};</li>
 *   <li>fit-file-parser: {@code messages} of snake_case arrays, plus root keys holding only the last message;</li>
 *   <li>fitparse's {@code fitdump -t json}: {@code [{"type", "data"}]}, naive UTC times, sorted keys,
 *       {@code accel_cal_factor}, one-element arrays as scalars;</li>
 *   <li>fitdecode's {@code fitjson}: frames, {@code fields} lists of {name, value, units, def_num, raw_value}, times
 *       with {@code +00:00}.</li>
 * </ul>
 * System time stays a number except in the JS SDK dialects (which render it as a 1989 date, as the SDK does).
 */
final class FitJsonWriter implements FitMessageGrouper.Target {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private final FitExport export;
    private final FitExport.Container dialect;
    private final CountingOutputStream bytes;
    private final JsonGenerator g;
    private final long startUtcFitMs;
    private final FitMessage last;
    private boolean started;

    FitJsonWriter(Path file, FitExport export, long startEpochNanos) throws IOException {
        this.export = export;
        this.dialect = export.container();
        this.bytes = new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8);
        g.setPrettyPrinter(new OneMessagePerLine());
        this.startUtcFitMs = Math.floorDiv(startEpochNanos, 1_000_000L) - FitMessageGrouper.FIT_EPOCH_MS;
        this.last = new FitMessage(export.samplesPerMessage());
    }

    long bytes() throws IOException {
        g.flush();
        return bytes.count();
    }

    @Override
    public void message(FitMessage m) throws IOException {
        if (!started) {
            started = true;
            preamble(m);
        }
        switch (dialect) {
            case GARMIN_SDK_JSON, FIT_FILE_PARSER_JSON -> {
                boolean camel = dialect == FitExport.Container.GARMIN_SDK_JSON;
                g.writeStartObject();
                g.writeFieldName("timestamp");
                sdkTime(m.timestamp);
                g.writeFieldName(camel ? "timestampMs" : "timestamp_ms");
                g.writeNumber(m.timestampMs);
                g.writeFieldName(camel ? "sampleTimeOffset" : "sample_time_offset");
                ints(m.offsets, m.count, false);
                values(m, camel, false);
                g.writeEndObject();
                if (!camel) {
                    copy(m, last);
                }
            }
            case FITPARSE_JSON -> {
                g.writeStartObject();
                g.writeStringField("type", "accelerometer_data");
                g.writeFieldName("data");
                g.writeStartObject();
                values(m, false, true); // accel_x… / calibrated_… / compressed_… sort before the rest
                g.writeFieldName("sample_time_offset");
                ints(m.offsets, m.count, true);
                g.writeFieldName("timestamp");
                naiveTime(m.timestamp);
                g.writeNumberField("timestamp_ms", m.timestampMs);
                g.writeEndObject();
                g.writeEndObject();
            }
            case FITDECODE_JSON -> {
                frameStart("accelerometer_data");
                timeField("timestamp", m.timestamp);
                field("timestamp_ms", "ms", 0, () -> g.writeNumber(m.timestampMs));
                field("sample_time_offset", "ms", 1, () -> ints(m.offsets, m.count, true));
                String[] axes = {"x", "y", "z"};
                for (int a = 0; a < 3; a++) {
                    int axis = a;
                    switch (export.values()) {
                        case RAW -> field("accel_" + axes[a], "counts", 2 + a, () -> ints(m.raw[axis], m.count, true));
                        case CALIBRATED -> field("calibrated_accel_" + axes[a], "g", 5 + a,
                                () -> decimals(m.calibrated[axis], m.count, true));
                        case COMPRESSED -> field("compressed_calibrated_accel_" + axes[a], "mG", 8 + a,
                                () -> ints(m.compressed[axis], m.count, true));
                    }
                }
                frameEnd();
            }
            default -> throw new IllegalStateException("not a JSON dialect: " + dialect);
        }
    }

    private interface Value {
        void write() throws IOException;
    }

    private void preamble(FitMessage first) throws IOException {
        long utcS = Math.floorDiv(startUtcFitMs, 1000L);
        switch (dialect) {
            case GARMIN_SDK_JSON -> {
                g.writeStartObject();
                g.writeArrayFieldStart("fileIdMesgs");
                g.writeStartObject();
                g.writeStringField("type", "activity");
                g.writeStringField("manufacturer", "development");
                g.writeNumberField("product", 0);
                g.writeFieldName("timeCreated");
                sdkTime(utcS);
                g.writeNumberField("serialNumber", 1234);
                g.writeEndObject();
                g.writeEndArray();
                if (export.systemTime()) {
                        g.writeArrayFieldStart("timestampCorrelationMesgs");
                    correlation(true, utcS);
                    g.writeEndArray();
                }
                if (export.values() == FitExport.Values.RAW) {
                        g.writeArrayFieldStart("threeDSensorCalibrationMesgs");
                    calibration(first.timestamp, true);
                    g.writeEndArray();
                }
                g.writeArrayFieldStart("accelerometerDataMesgs");
            }
            case FIT_FILE_PARSER_JSON -> {
                g.writeStartObject();
                g.writeNumberField("profileVersion", 21212);
                g.writeNumberField("protocolVersion", 2);
                g.writeObjectFieldStart("messages");
                if (export.systemTime()) {
                    g.writeArrayFieldStart("timestamp_correlation");
                    correlation(false, utcS);
                    g.writeEndArray();
                }
                if (export.values() == FitExport.Values.RAW) {
                    g.writeArrayFieldStart("three_d_sensor_calibration");
                    calibration(first.timestamp, false);
                    g.writeEndArray();
                }
                g.writeArrayFieldStart("accelerometer_data");
            }
            case FITPARSE_JSON -> {
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringField("type", "file_id");
                g.writeObjectFieldStart("data");
                g.writeStringField("manufacturer", "development");
                g.writeNumberField("product", 0);
                g.writeNumberField("serial_number", 1234);
                g.writeFieldName("time_created");
                naiveTime(utcS);
                g.writeStringField("type", "activity");
                g.writeEndObject();
                g.writeEndObject();
                if (export.systemTime()) {
                        g.writeStartObject();
                    g.writeStringField("type", "timestamp_correlation");
                    g.writeObjectFieldStart("data");
                    g.writeNumberField("system_timestamp", FitMessageGrouper.SYSTEM_START_MS / 1000);
                    g.writeNumberField("system_timestamp_ms", FitMessageGrouper.SYSTEM_START_MS % 1000);
                    g.writeFieldName("timestamp");
                    naiveTime(utcS);
                    g.writeNumberField("timestamp_ms", Math.floorMod(startUtcFitMs, 1000L));
                    g.writeEndObject();
                    g.writeEndObject();
                }
                if (export.values() == FitExport.Values.RAW) {
                        g.writeStartObject();
                    g.writeStringField("type", "three_d_sensor_calibration");
                    g.writeObjectFieldStart("data");
                    g.writeNumberField("accel_cal_factor", FitMessage.FACTOR);
                    g.writeNumberField("calibration_divisor", FitMessage.DIVISOR);
                    g.writeNumberField("level_shift", FitMessage.LEVEL_SHIFT);
                    g.writeArrayFieldStart("offset_cal");
                    for (int o : FitMessage.OFFSETS) {
                        g.writeNumber(o);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("orientation_matrix");
                    for (int v : FitMessage.MATRIX) {
                        g.writeNumber(FitMessage.floatDecimal(v / 65535.0));
                    }
                    g.writeEndArray();
                    g.writeStringField("sensor_type", "accelerometer");
                    g.writeFieldName("timestamp");
                    naiveTime(first.timestamp);
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            case FITDECODE_JSON -> {
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringField("frame_type", "header");
                g.writeNumberField("header_size", 14);
                g.writeEndObject();
                frameStart("file_id");
                field("manufacturer", "", 1, () -> g.writeString("development"));
                field("product", "", 2, () -> g.writeNumber(0));
                timeField("time_created", utcS);
                frameEnd();
                if (export.systemTime()) {
                        frameStart("timestamp_correlation");
                    timeField("timestamp", utcS);
                    field("system_timestamp", "s", 1, () -> g.writeNumber(FitMessageGrouper.SYSTEM_START_MS / 1000));
                    field("timestamp_ms", "ms", 4, () -> g.writeNumber(Math.floorMod(startUtcFitMs, 1000L)));
                    field("system_timestamp_ms", "ms", 5,
                            () -> g.writeNumber(FitMessageGrouper.SYSTEM_START_MS % 1000));
                    frameEnd();
                }
                if (export.values() == FitExport.Values.RAW) {
                        frameStart("three_d_sensor_calibration");
                    timeField("timestamp", first.timestamp);
                    field("sensor_type", "", 0, () -> g.writeString("accelerometer"));
                    field("accel_cal_factor", "g", 1, () -> g.writeNumber(FitMessage.FACTOR));
                    field("calibration_divisor", "counts", 2, () -> g.writeNumber(FitMessage.DIVISOR));
                    field("level_shift", "", 3, () -> g.writeNumber(FitMessage.LEVEL_SHIFT));
                    field("offset_cal", "", 4, () -> ints(FitMessage.OFFSETS, 3, false));
                    field("orientation_matrix", "", 5, () -> {
                        g.writeStartArray();
                        for (int v : FitMessage.MATRIX) {
                            g.writeNumber(FitMessage.floatDecimal(v / 65535.0));
                        }
                        g.writeEndArray();
                    });
                    frameEnd();
                }
                g.writeStartObject();
                g.writeStringField("frame_type", "definition_message");
                g.writeStringField("name", "accelerometer_data");
                g.writeNumberField("global_mesg_num", 165);
                g.writeEndObject();
            }
            default -> throw new IllegalStateException("not a JSON dialect: " + dialect);
        }
    }

    private void correlation(boolean camel, long utcS) throws IOException {
        g.writeStartObject();
        g.writeFieldName("timestamp");
        sdkTime(utcS);
        g.writeNumberField(camel ? "timestampMs" : "timestamp_ms", Math.floorMod(startUtcFitMs, 1000L));
        g.writeFieldName(camel ? "systemTimestamp" : "system_timestamp");
        sdkTime(FitMessageGrouper.SYSTEM_START_MS / 1000);
        g.writeNumberField(camel ? "systemTimestampMs" : "system_timestamp_ms",
                FitMessageGrouper.SYSTEM_START_MS % 1000);
        g.writeEndObject();
    }

    private void calibration(long timestamp, boolean camel) throws IOException {
        g.writeStartObject();
        g.writeFieldName("timestamp");
        sdkTime(timestamp);
        g.writeStringField(camel ? "sensorType" : "sensor_type", "accelerometer");
        g.writeNumberField(camel ? "calibrationFactor" : "calibration_factor", FitMessage.FACTOR);
        g.writeNumberField(camel ? "calibrationDivisor" : "calibration_divisor", FitMessage.DIVISOR);
        g.writeNumberField(camel ? "levelShift" : "level_shift", FitMessage.LEVEL_SHIFT);
        g.writeFieldName(camel ? "offsetCal" : "offset_cal");
        ints(FitMessage.OFFSETS, 3, false);
        g.writeArrayFieldStart(camel ? "orientationMatrix" : "orientation_matrix");
        for (int v : FitMessage.MATRIX) {
            g.writeNumber(FitMessage.decimal(v / 65535.0));
        }
        g.writeEndArray();
        if (camel) {
            g.writeNumberField("accelCalFactor", FitMessage.FACTOR);
        }
        g.writeEndObject();
    }

    private void values(FitMessage m, boolean camel, boolean collapse) throws IOException {
        String[] axes = {"X", "Y", "Z"};
        for (int a = 0; a < 3; a++) {
            String axis = camel ? axes[a] : "_" + axes[a].toLowerCase(java.util.Locale.ROOT);
            switch (export.values()) {
                case RAW -> {
                    g.writeFieldName(camel ? "accel" + axis : "accel" + axis);
                    ints(m.raw[a], m.count, collapse);
                }
                case CALIBRATED -> {
                    g.writeFieldName(camel ? "calibratedAccel" + axis : "calibrated_accel" + axis);
                    decimals(m.calibrated[a], m.count, collapse);
                }
                case COMPRESSED -> {
                    g.writeFieldName(camel ? "compressedCalibratedAccel" + axis
                            : "compressed_calibrated_accel" + axis);
                    ints(m.compressed[a], m.count, collapse);
                }
            }
        }
    }

    private void ints(int[] v, int n, boolean collapse) throws IOException {
        if (collapse && n == 1) {
            g.writeNumber(v[0]);
            return;
        }
        g.writeStartArray();
        for (int i = 0; i < n; i++) {
            g.writeNumber(v[i]);
        }
        g.writeEndArray();
    }

    private void decimals(double[] v, int n, boolean collapse) throws IOException {
        if (collapse && n == 1) {
            g.writeNumber(FitMessage.decimal(v[0]));
            return;
        }
        g.writeStartArray();
        for (int i = 0; i < n; i++) {
            g.writeNumber(FitMessage.decimal(v[i]));
        }
        g.writeEndArray();
    }

    /** The JS SDK's date (system time too, as a 1989 date). */
    private void sdkTime(long fitSeconds) throws IOException {
        g.writeString(MILLIS.format(Instant.ofEpochSecond(FitMessageGrouper.FIT_EPOCH_MS / 1000 + fitSeconds)));
    }

    /** fitparse: naive UTC, or the bare number for system time. */
    private void naiveTime(long fitSeconds) throws IOException {
        if (fitSeconds < 0x10000000L) {
            g.writeNumber(fitSeconds);
        } else {
            g.writeString(NAIVE.format(Instant.ofEpochSecond(FitMessageGrouper.FIT_EPOCH_MS / 1000 + fitSeconds)));
        }
    }

    private void frameStart(String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("frame_type", "data_message");
        g.writeStringField("name", name);
        g.writeArrayFieldStart("fields");
    }

    private void frameEnd() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    private void field(String name, String units, int number, Value value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeFieldName("value");
        value.write();
        g.writeStringField("units", units);
        g.writeNumberField("def_num", number);
        g.writeEndObject();
    }

    /** fitdecode: ISO with {@code +00:00}, or the bare number for system time; raw_value the FIT seconds. */
    private void timeField(String name, long fitSeconds) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeFieldName("value");
        if (fitSeconds < 0x10000000L) {
            g.writeNumber(fitSeconds);
        } else {
            g.writeString(OFFSET.format(Instant.ofEpochSecond(FitMessageGrouper.FIT_EPOCH_MS / 1000 + fitSeconds)));
        }
        g.writeStringField("units", "s");
        g.writeNumberField("def_num", 253);
        g.writeNumberField("raw_value", fitSeconds);
        g.writeEndObject();
    }

    /** Compact JSON with a line break between messages (and between the root's entries). */
    private static final class OneMessagePerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            super.writeStartObject(g);
            if (g.getOutputContext().getNestingDepth() == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            super.writeStartArray(g);
            if (g.getOutputContext().getNestingDepth() == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(g.getOutputContext().getNestingDepth() == 1 ? ",\n" : ",");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(g.getOutputContext().getNestingDepth() <= 3 ? ",\n" : ",");
        }
    }

    private static void copy(FitMessage from, FitMessage to) {
        to.count = from.count;
        to.timestamp = from.timestamp;
        to.timestampMs = from.timestampMs;
        System.arraycopy(from.offsets, 0, to.offsets, 0, from.count);
        for (int a = 0; a < 3; a++) {
            System.arraycopy(from.raw[a], 0, to.raw[a], 0, from.count);
            System.arraycopy(from.calibrated[a], 0, to.calibrated[a], 0, from.count);
            System.arraycopy(from.compressed[a], 0, to.compressed[a], 0, from.count);
        }
    }

    void close() throws IOException {
        switch (dialect) {
            case GARMIN_SDK_JSON -> {
                g.writeEndArray();
                g.writeEndObject();
            }
            case FIT_FILE_PARSER_JSON -> {
                g.writeEndArray();
                g.writeEndObject();
                // the root key that holds only the last message (a known pitfall of this dialect)
                g.writeFieldName("accelerometer_data");
                g.writeStartObject();
                g.writeFieldName("timestamp");
                sdkTime(last.timestamp);
                g.writeNumberField("timestamp_ms", last.timestampMs);
                g.writeFieldName("sample_time_offset");
                ints(last.offsets, last.count, false);
                values(last, false, false);
                g.writeEndObject();
                g.writeEndObject();
            }
            case FITPARSE_JSON -> g.writeEndArray();
            case FITDECODE_JSON -> {
                g.writeStartObject();
                g.writeStringField("frame_type", "crc");
                g.writeEndObject();
                g.writeEndArray();
            }
            default -> {
            }
        }
        g.writeRaw('\n');
        g.close();
        bytes.close();
    }
}
