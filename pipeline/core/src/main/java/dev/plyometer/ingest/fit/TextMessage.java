package dev.plyometer.ingest.fit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One FIT message as a text dialect writes it (JSON of any FIT decoder, FitCSVTool CSV): fields by name, camelCase or
 * snake_case, sub-field names ({@code accel_cal_factor}) included, each value a number, a scalar-or-array, {@code null}
 * (invalid) or, for times, an ISO-8601 string. Reused from message to message; arrays are capped at
 * {@link AccelMessage#MAX_SAMPLES}. {@link #accelerometer()}, {@link #calibration()} and {@link #correlation()}
 * interpret it.
 */
public final class TextMessage {
    /** The messages this tool reads. */
    public enum Kind { ACCELEROMETER_DATA, THREE_D_SENSOR_CALIBRATION, TIMESTAMP_CORRELATION, DEVICE, OTHER }

    // slots 0-9: the accelerometer's arrays, written straight into the AccelMessage
    static final int OFFSETS = 0;
    static final int RAW = 1;         // 1, 2, 3
    static final int CALIBRATED = 4;  // 4, 5, 6
    static final int COMPRESSED = 7;  // 7, 8, 9
    static final int TIMESTAMP = 10;
    static final int TIMESTAMP_MS = 11;
    static final int SENSOR_TYPE = 12;
    static final int FACTOR = 13;
    static final int DIVISOR = 14;
    static final int LEVEL_SHIFT = 15;
    static final int OFFSET_CAL = 16;
    static final int MATRIX = 17;
    static final int SYSTEM_TIMESTAMP = 18;
    static final int SYSTEM_TIMESTAMP_MS = 19;
    static final int MANUFACTURER = 20;
    static final int PRODUCT = 21;
    static final int SLOTS = 22;
    private static final int SMALL = 16;

    private static final Map<String, Integer> NAMES = new HashMap<>();
    private static final Map<String, Kind> KINDS = new HashMap<>();

    static {
        name(OFFSETS, "sample_time_offset");
        name(RAW, "accel_x");
        name(RAW + 1, "accel_y");
        name(RAW + 2, "accel_z");
        name(CALIBRATED, "calibrated_accel_x");
        name(CALIBRATED + 1, "calibrated_accel_y");
        name(CALIBRATED + 2, "calibrated_accel_z");
        name(COMPRESSED, "compressed_calibrated_accel_x");
        name(COMPRESSED + 1, "compressed_calibrated_accel_y");
        name(COMPRESSED + 2, "compressed_calibrated_accel_z");
        name(TIMESTAMP, "timestamp");
        name(TIMESTAMP_MS, "timestamp_ms");
        name(SENSOR_TYPE, "sensor_type");
        name(FACTOR, "calibration_factor");
        name(FACTOR, "accel_cal_factor");
        name(DIVISOR, "calibration_divisor");
        name(LEVEL_SHIFT, "level_shift");
        name(OFFSET_CAL, "offset_cal");
        name(MATRIX, "orientation_matrix");
        name(SYSTEM_TIMESTAMP, "system_timestamp");
        name(SYSTEM_TIMESTAMP_MS, "system_timestamp_ms");
        name(MANUFACTURER, "manufacturer");
        name(PRODUCT, "product");
        kind(Kind.ACCELEROMETER_DATA, "accelerometer_data");
        kind(Kind.THREE_D_SENSOR_CALIBRATION, "three_d_sensor_calibration");
        kind(Kind.TIMESTAMP_CORRELATION, "timestamp_correlation");
        kind(Kind.DEVICE, "file_id");
        kind(Kind.DEVICE, "device_info");
    }

    private static void name(int slot, String snake) {
        NAMES.put(snake, slot);
        NAMES.put(camel(snake), slot);
    }

    private static void kind(Kind kind, String snake) {
        KINDS.put(snake, kind);
        KINDS.put(camel(snake), kind);
    }

    /** {@code three_d_sensor_calibration} → {@code threeDSensorCalibration}. */
    static String camel(String snake) {
        StringBuilder s = new StringBuilder(snake.length());
        boolean up = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    /** The slot of a field name, or -1 when the field is not needed. */
    public static int slot(String name) {
        Integer slot = NAMES.get(name);
        return slot == null ? -1 : slot;
    }

    /**
     * The kind of a message name: snake_case ({@code accelerometer_data}), camelCase, or the JS SDK's array key
     * ({@code accelerometerDataMesgs}).
     */
    public static Kind kind(String name) {
        String n = name.endsWith("Mesgs") ? name.substring(0, name.length() - 5) : name;
        Kind k = KINDS.get(n);
        return k == null ? Kind.OTHER : k;
    }

    private final AccelMessage accel = new AccelMessage();
    private final double[][] values = new double[SLOTS][];
    private final int[] counts = new int[SLOTS];
    private boolean isoTime;
    private String problem;

    public TextMessage() {
        values[OFFSETS] = accel.offsets;
        for (int a = 0; a < 3; a++) {
            values[RAW + a] = accel.raw[a];
            values[CALIBRATED + a] = accel.calibrated[a];
            values[COMPRESSED + a] = accel.compressed[a];
        }
        for (int s = TIMESTAMP; s < SLOTS; s++) {
            values[s] = new double[SMALL];
        }
    }

    public void clear() {
        java.util.Arrays.fill(counts, 0);
        isoTime = false;
        problem = null;
        accel.truncated = false;
    }

    /** Whether any needed field was read. */
    public boolean isEmpty() {
        for (int c : counts) {
            if (c > 0) {
                return false;
            }
        }
        return true;
    }

    /** Starts a new value of {@code slot} (a scalar or an array): earlier values of that field are dropped. */
    public void startValue(int slot) {
        counts[slot] = 0;
    }

    /** Appends a number to the current value of {@code slot}; NaN for {@code null} (FIT's invalid marker). */
    public void add(int slot, double value) {
        double[] v = values[slot];
        if (counts[slot] >= v.length) {
            if (slot <= COMPRESSED + 2) {
                accel.truncated = true;
            }
            return;
        }
        if (slot == TIMESTAMP || slot == SYSTEM_TIMESTAMP) {
            value = value * 1000; // FIT seconds → milliseconds, as ISO times are kept
        }
        v[counts[slot]++] = value;
    }

    /**
     * Appends a text value: for times an ISO-8601 date-time ({@code Z}, an offset, or none: UTC), for the sensor
     * type its name, else a number written as text. Anything else is kept as invalid.
     */
    public void addText(int slot, String text) {
        if (slot == TIMESTAMP || slot == SYSTEM_TIMESTAMP) {
            Instant instant = parseIso(text);
            if (instant != null) {
                double[] v = values[slot];
                if (counts[slot] < v.length) {
                    v[counts[slot]++] = FitTime.fitMillis(instant);
                }
                isoTime = true;
                return;
            }
        }
        if (slot == SENSOR_TYPE) {
            add(slot, switch (text.toLowerCase(Locale.ROOT)) {
                case "accelerometer" -> 0;
                case "gyroscope" -> 1;
                case "compass" -> 2;
                case "barometer" -> 3;
                default -> number(text);
            });
            return;
        }
        add(slot, number(text));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** ISO-8601 with {@code Z}, an offset, or no zone (read as UTC, as fitparse writes it); null if not one. */
    static Instant parseIso(String text) {
        String t = text.strip();
        if (t.length() < 19 || t.charAt(4) != '-' || t.charAt(10) != 'T' && t.charAt(10) != ' ') {
            return null;
        }
        t = t.replace(' ', 'T');
        Instant instant;
        try {
            instant = OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        // FIT's clock runs from 1989 for 2^32 s; anything far outside is not a FIT time (and would overflow)
        long s = instant.getEpochSecond();
        return s < FitTime.FIT_EPOCH_S - 1 || s > FitTime.FIT_EPOCH_S + 0xFFFFFFFFL ? null : instant;
    }

    /** Whether the timestamp came as ISO-8601 text. */
    public boolean isoTime() {
        return isoTime;
    }

    private double first(int slot) {
        return counts[slot] > 0 ? values[slot][0] : Double.NaN;
    }

    /** The message read as {@code accelerometer_data}. */
    public AccelMessage accelerometer() {
        AccelMessage m = accel;
        double ts = first(TIMESTAMP);
        if (Double.isNaN(ts)) {
            m.timestamp = FitTime.NONE;
            m.timestampMs = 0;
        } else {
            long ms = (long) ts;
            m.timestamp = Math.floorDiv(ms, 1000L);
            m.timestampMs = Math.floorMod(ms, 1000L);
        }
        double extra = first(TIMESTAMP_MS);
        if (!Double.isNaN(extra)) {
            m.timestampMs += (long) extra;
        }
        m.offsetCount = counts[OFFSETS];
        for (int a = 0; a < 3; a++) {
            m.rawCount[a] = counts[RAW + a];
            m.calibratedCount[a] = counts[CALIBRATED + a];
            m.compressedCount[a] = counts[COMPRESSED + a];
        }
        return m;
    }

    /** The message as an accelerometer calibration; null for another sensor or when fields are missing. */
    public FitCalibration calibration() {
        problem = null;
        if (first(SENSOR_TYPE) != 0) {
            return null;
        }
        double factor = first(FACTOR);
        double divisor = first(DIVISOR);
        double level = first(LEVEL_SHIFT);
        if (Double.isNaN(factor) || Double.isNaN(divisor) || (long) divisor == 0 || Double.isNaN(level)
                || counts[OFFSET_CAL] < 3 || counts[MATRIX] < 9) {
            problem = "accelerometer three_d_sensor_calibration with a missing or invalid factor, divisor, level "
                    + "shift, offset_cal (3 values) or orientation_matrix (9 values); skipped";
            return null;
        }
        long[] offsets = new long[3];
        float[] matrix = new float[9];
        for (int k = 0; k < 9; k++) {
            if (Double.isNaN(values[MATRIX][k]) || Double.isNaN(values[OFFSET_CAL][k % 3])) {
                problem = "accelerometer calibration with invalid offset_cal or orientation_matrix values; skipped";
                return null;
            }
            matrix[k] = (float) values[MATRIX][k]; // text dialects write the matrix already divided by 65535
        }
        for (int k = 0; k < 3; k++) {
            offsets[k] = (long) values[OFFSET_CAL][k];
        }
        double ts = first(TIMESTAMP);
        return new FitCalibration(Double.isNaN(ts) ? FitTime.NONE : Math.floorDiv((long) ts, 1000L), (long) factor,
                (long) divisor, (long) level, offsets, matrix);
    }

    /** The message as a {@code timestamp_correlation}; null when it has no UTC and system time. */
    public FitCorrelation correlation() {
        problem = null;
        double utc = first(TIMESTAMP);
        double sys = first(SYSTEM_TIMESTAMP);
        if (Double.isNaN(utc) || Double.isNaN(sys) || FitTime.isSystemTime(Math.floorDiv((long) utc, 1000L))) {
            problem = "timestamp_correlation without a valid UTC timestamp and system_timestamp; skipped";
            return null;
        }
        double ms = first(TIMESTAMP_MS);
        double sysMs = first(SYSTEM_TIMESTAMP_MS);
        return new FitCorrelation((long) utc + (Double.isNaN(ms) ? 0 : (long) ms),
                (long) sys + (Double.isNaN(sysMs) ? 0 : (long) sysMs));
    }

    /** A note about the device ({@code file_id}, {@code device_info}), or null. */
    public String device() {
        double manufacturer = first(MANUFACTURER);
        if (Double.isNaN(manufacturer)) {
            return null;
        }
        double product = first(PRODUCT);
        return "device: manufacturer " + FitDecoder.manufacturerName((int) manufacturer)
                + (Double.isNaN(product) ? "" : ", product " + (long) product);
    }

    /** Why the last {@link #calibration()} or {@link #correlation()} gave null, or null. */
    public String problem() {
        return problem;
    }
}
