package dev.plyometer.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/** Writes synthetic accelerometer CSVs in many dialects, reproducibly from a seed, for reader comparisons. */
final class CsvGenerator {
    private CsvGenerator() {
    }

    static final long START_NANOS = 1_709_287_200_000_000_000L; // 2024-03-01T10:00:00Z

    /** Every way the importer reads time, with the header name that goes with it. */
    enum TimeStyle {
        EPOCH_S_INTEGER("epoch"), EPOCH_S_DECIMAL("Epoch"), EPOCH_MS("timestamp"), EPOCH_MS_DECIMAL("epoc (ms)"),
        EPOCH_US("unix_time"), EPOCH_NS("time"), ISO_ZULU("datetime"), ISO_OFFSET_COLON("time"),
        ISO_OFFSET_NO_COLON("time"), ISO_LOCAL("Phone timestamp"), ISO_SPACE_4_DIGITS("time"),
        ISO_NANOS("date_time"), ISO_NO_FRACTION("datetime"), ISO_SPACE_ZONE("loggingTime(txt)"),
        SECONDS_SINCE_START("Time (s)"), SECONDS_SCIENTIFIC("Time (s)"), MILLISECONDS_SINCE_START("time_ms"),
        SECONDS_ELAPSED_NEGATIVE("seconds_elapsed"), NONE(null);

        final String header;

        TimeStyle(String header) {
            this.header = header;
        }
    }

    /** Every way the importer learns units. */
    enum UnitStyle {
        G_HEADER("x-axis (g)", 1), MILLI_G_HEADER("X [mg]", 1000), M_S2_HEADER("Acceleration x (m/s^2)", 9.80665),
        G_FORCE("gFx", 1), G_INFERRED("ax", 1), M_S2_INFERRED("acc_x", 9.80665), MILLI_G_INFERRED("x", 1000);

        final String xHeader;
        final double perG;

        UnitStyle(String xHeader, double perG) {
            this.xHeader = xHeader;
            this.perG = perG;
        }

        String header(int axis) {
            String letter = String.valueOf((char) ('x' + axis));
            return xHeader.indexOf('x') >= 0 ? xHeader.replaceFirst("x", letter)
                    : xHeader.replaceFirst("X", letter.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * @param badRows share of rows with a bad cell (kept well under the 10 % failure threshold)
     * @param quoteAt a row after which an ignored column holds a quoted value spanning two lines; -1 for none
     */
    record Spec(TimeStyle time, UnitStyle units, char delimiter, String lineEnd, int rows, double badRows,
            int quoteAt, long seed) {
    }

    static void write(Path file, Spec spec) throws IOException {
        Random random = new Random(spec.seed);
        String d = String.valueOf(spec.delimiter);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder();
            if (spec.time.header != null) {
                header.append(spec.time.header).append(d);
            }
            header.append(spec.units.header(0)).append(d).append(spec.units.header(1)).append(d)
                    .append(spec.units.header(2)).append(d).append("gyro_x").append(d).append("note");
            w.write(header + spec.lineEnd);
            long t = 0;
            for (int i = 0; i < spec.rows; i++) {
                t += 10_000_000L + random.nextInt(2_000_000) - 1_000_000; // ~100 Hz with jitter
                double[] g = {random.nextGaussian() * 0.1, random.nextGaussian() * 0.1, 1 + random.nextGaussian() * 0.3};
                if (random.nextInt(500) == 0) {
                    w.write(spec.lineEnd); // blank line
                }
                StringBuilder row = new StringBuilder();
                if (spec.time != TimeStyle.NONE) {
                    row.append(time(spec.time, t, random)).append(d);
                }
                for (int axis = 0; axis < 3; axis++) {
                    row.append(number(g[axis] * spec.units.perG, spec.units, random)).append(d);
                }
                row.append(number(random.nextGaussian(), UnitStyle.G_HEADER, random)).append(d);
                row.append(i == spec.quoteAt ? "\"spans" + spec.lineEnd + "two lines, \"\"quoted\"\"\"" : "ok");
                String text = row.toString();
                if (random.nextDouble() < spec.badRows) {
                    text = spoil(text, spec.delimiter, random);
                }
                w.write(text + (random.nextInt(200) == 0 ? "\r\n" : spec.lineEnd));
            }
        }
    }

    private static String time(TimeStyle style, long t, Random random) {
        long nanos = START_NANOS + t;
        Instant instant = Instant.ofEpochSecond(0, nanos);
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        switch (style) {
            case EPOCH_S_INTEGER:
                return Long.toString(nanos / 1_000_000_000L);
            case EPOCH_S_DECIMAL:
                return String.format(Locale.ROOT, "%d.%03d", nanos / 1_000_000_000L, nanos / 1_000_000 % 1000);
            case EPOCH_MS:
                return Long.toString(nanos / 1_000_000L);
            case EPOCH_MS_DECIMAL:
                return String.format(Locale.ROOT, "%d.%06d", nanos / 1_000_000L, nanos % 1_000_000);
            case EPOCH_US:
                return Long.toString(nanos / 1000L);
            case EPOCH_NS:
                return Long.toString(nanos);
            case ISO_ZULU:
                return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).format(utc);
            case ISO_OFFSET_COLON:
                return instant.atOffset(ZoneOffset.ofHours(2))
                        .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx", Locale.ROOT));
            case ISO_OFFSET_NO_COLON:
                return instant.atOffset(ZoneOffset.ofHoursMinutes(-5, -30))
                        .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT));
            case ISO_LOCAL:
                return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT).format(utc);
            case ISO_SPACE_4_DIGITS:
                return DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSS", Locale.ROOT).format(utc);
            case ISO_NANOS:
                return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).format(utc);
            case ISO_NO_FRACTION:
                return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).format(utc);
            case ISO_SPACE_ZONE:
                return instant.atOffset(ZoneOffset.ofHours(1))
                        .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS xx", Locale.ROOT));
            case SECONDS_SINCE_START:
                return String.format(Locale.ROOT, "%.6f", t / 1e9);
            case SECONDS_SCIENTIFIC:
                return String.format(Locale.ROOT, "%.9E", t / 1e9);
            case MILLISECONDS_SINCE_START:
                return Long.toString(t / 1_000_000L);
            case SECONDS_ELAPSED_NEGATIVE:
                return String.format(Locale.ROOT, "%.3f", (t - 2_000_000_000L) / 1e9);
            default:
                throw new IllegalArgumentException(style.name());
        }
    }

    /** A value in one of the spellings exports use: fixed decimals, shortest repr, scientific, integers. */
    private static String number(double v, UnitStyle units, Random random) {
        if (units.perG == 1000 && random.nextInt(4) != 0) {
            return Long.toString(Math.round(v)); // Polar writes integer milli-g
        }
        switch (random.nextInt(12)) {
            case 0:
                return Double.toString(v);
            case 1:
                return String.format(Locale.ROOT, "%.9E", v);
            case 2:
                return String.format(Locale.ROOT, "%.17f", v);
            case 3:
                return String.format(Locale.ROOT, " %.4f ", v);
            case 4:
                return String.format(Locale.ROOT, "%+.3f", v);
            case 5:
                return v < 0 && v > -0.0005 ? "-0.000" : String.format(Locale.ROOT, "%.3f", v);
            default:
                return String.format(Locale.ROOT, "%.6f", v);
        }
    }

    private static String spoil(String row, char delimiter, Random random) {
        String[] cells = row.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        switch (random.nextInt(5)) {
            case 0:
                cells[random.nextInt(Math.min(4, cells.length))] = "abc";
                break;
            case 1:
                cells[random.nextInt(Math.min(4, cells.length))] = "";
                break;
            case 2:
                cells[random.nextInt(Math.min(4, cells.length))] = random.nextBoolean() ? "NaN" : "-Infinity";
                break;
            case 3:
                return String.join(String.valueOf(delimiter), java.util.Arrays.copyOf(cells, 2));
            default:
                cells[0] = "1e999999";
        }
        return String.join(String.valueOf(delimiter), cells);
    }
}
