package dev.plyometer.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each time encoding, unit and dialect is written exactly as documented. */
class CsvExportWriterTest {
    private static final long START = Instant.parse("2026-11-02T07:30:00Z").getEpochSecond() * 1_000_000_000L;

    private static String write(ExportFormat format, long tNanos, double x, double y, double z) throws IOException {
        StringWriter out = new StringWriter();
        CsvExportWriter w = new CsvExportWriter(out, format, START);
        w.writeHeader();
        w.row(tNanos, x, y, z);
        assertThat(w.charsWritten()).isEqualTo(out.toString().length());
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "EPOCH_MS            | timestamp    | 1793604612345",
        "EPOCH_S             | timestamp    | 1793604612.345",
        "EPOCH_NS            | timestamp_ns | 1793604612345678912",
        "ISO_UTC             | time         | 2026-11-02T07:30:12.345Z",
        "ISO_LOCAL           | time         | 2026-11-02T08:30:12.345",
        "SECONDS_SINCE_START | time_s       | 12.345"})
    void writesEachTimeEncoding(TimeEncoding encoding, String header, String time) throws IOException {
        String text = write(ExportFormat.of(encoding, Units.G), 12_345_678_912L, 0.5, -0.25, 1);
        assertThat(text).isEqualTo(header + ",x,y,z\n" + time + ",0.5000,-0.2500,1.0000\n");
    }

    @Test
    void convertsUnitsWithTheirResolution() throws IOException {
        assertThat(write(ExportFormat.of(TimeEncoding.EPOCH_MS, Units.MILLI_G), 0, 0.98765, -0.00004, 1))
                .endsWith(",987.7,0.0,1000.0\n");
        assertThat(write(ExportFormat.of(TimeEncoding.EPOCH_MS, Units.M_S2), 0, 1, -0.5, 0))
                .endsWith(",9.807,-4.903,0.000\n");
    }

    @Test
    void neverWritesNegativeZero() throws IOException {
        assertThat(write(ExportFormat.generic(), 0, -0.00004, -1e-9, -0.0)).endsWith(",0.0000,0.0000,0.0000\n");
    }

    @Test
    void writesSemicolonsAndDecimalCommas() throws IOException {
        ExportFormat f = ExportFormat.of(TimeEncoding.SECONDS_SINCE_START, Units.MILLI_G).withSemicolonAndDecimalComma()
                .withAxes("x [mg]", "y [mg]", "z [mg]");
        assertThat(write(f, 1_500_000_000L, 0.9812, -0.0123, 0.2))
                .isEqualTo("time_s;x [mg];y [mg];z [mg]\n1,500;981,2;-12,3;200,0\n");
    }

    @Test
    void writesUnitsInTheHeaderWhenAsked() throws IOException {
        ExportFormat f = ExportFormat.of(TimeEncoding.ISO_UTC, Units.M_S2).withAxes("ax (m/s^2)", "ay (m/s^2)",
                "az (m/s^2)");
        assertThat(write(f, 0, 0, 0, 1)).startsWith("time,ax (m/s^2),ay (m/s^2),az (m/s^2)\n");
        assertThat(f.describe()).isEqualTo("iso-8601-utc, m/s2 (in header)");
    }

    @Test
    void isoDatesRollOverAtMidnight() throws IOException {
        long toMidnight = (16 * 3600 + 29 * 60 + 59) * 1_000_000_000L + 999_000_000L;
        assertThat(write(ExportFormat.of(TimeEncoding.ISO_UTC, Units.G), toMidnight, 1, 0, 0))
                .contains("2026-11-02T23:59:59.999Z");
        assertThat(write(ExportFormat.of(TimeEncoding.ISO_UTC, Units.G), toMidnight + 1_000_000L, 1, 0, 0))
                .contains("2026-11-03T00:00:00.000Z");
    }
}
