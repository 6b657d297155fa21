package dev.plyometer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.SessionReport;
import dev.plyometer.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken exports through the whole analysis: each ends in a report with warnings naming file and line, or in one
 * clear {@link ImportException} / {@link AnalysisException}; never another exception.
 */
class BadExportTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static SessionReport analyze(Path file) {
        return new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(file, file.getFileName().toString());
    }

    /** {@code rows} rows at rest, 100 Hz, epoch ms. */
    private static StringBuilder atRest(int rows) {
        StringBuilder s = new StringBuilder("timestamp,x,y,z\n");
        for (int i = 0; i < rows; i++) {
            s.append(1709287200000L + 10L * i).append(",0.01,-0.02,0.99\n");
        }
        return s;
    }

    @Test
    void aFileCutInTheMiddleOfItsLastRowKeepsTheRestAndNamesTheLine() throws IOException {
        String text = atRest(3000).toString();
        Path file = write("cut.csv", text.substring(0, text.length() - 9));
        SessionReport report = analyze(file);
        assertThat(report.source().samples()).isEqualTo(2999);
        assertThat(report.warnings()).contains("cut.csv:3001: expected 4 values, found 3");
    }

    @Test
    void refusesAHeaderBlockCutShortWithItsLine() throws IOException {
        String actigraph = "------------ Data File Created By ActiGraph GT3X+ ActiLife v6.13.3 Firmware v2.5.0 date format "
                + "M/d/yyyy at 30 Hz  Filter Normal -----------\nSerial Number: NEO1F16120034\nStart Time 10:00:00\n";
        assertThatThrownBy(() -> analyze(write("actigraph.csv", actigraph)))
                .isInstanceOf(ImportException.class)
                .hasMessage("actigraph.csv:3: expected an ActiGraph RAW CSV header block of 10 lines starting "
                        + "\"------------ Data File Created By ActiGraph\"");
        String geneactiv = "Device Identity\nDevice Unique Serial Code,046530\nDevice Type,GENEActiv\n"
                + "Measurement Frequency,100 Hz\n";
        assertThatThrownBy(() -> analyze(write("geneactiv.csv", geneactiv)))
                .isInstanceOf(ImportException.class)
                .hasMessage("geneactiv.csv:4: no data rows after the GENEActiv header; expected rows like "
                        + "2025-02-01 09:00:00:000,x,y,z,…");
    }

    @Test
    void refusesAMegahertzRate() throws IOException {
        StringBuilder s = new StringBuilder("time_s,x,y,z\n");
        for (int i = 0; i < 3000; i++) {
            s.append(String.format(java.util.Locale.ROOT, "%.6f", i * 1e-6)).append(",0.01,-0.02,0.99\n");
        }
        assertThatThrownBy(() -> analyze(write("fast.csv", s.toString())))
                .isInstanceOf(AnalysisException.class)
                .hasMessage("fast.csv: a median interval under 10.00 µs (a sample rate above 100,000 Hz) is outside "
                        + "the 5–20,000 Hz accelerometer exports use; is the time column in the unit it says, and is "
                        + "each row a sample?");
    }

    @Test
    void refusesARateOfAFewSamplesASecond() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,x,y,z\n");
        for (int i = 0; i < 200; i++) {
            s.append(1709287200000L + 500L * i).append(",0.01,-0.02,0.99\n");
        }
        assertThatThrownBy(() -> analyze(write("two-hz.csv", s.toString())))
                .isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith("two-hz.csv: a sample rate of 2 Hz (median interval 500.000 ms) is outside");
    }

    @Test
    void refusesTenMinutesBetweenRows() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,x,y,z\n");
        for (int i = 0; i < 200; i++) {
            s.append(1709287200000L + 600_000L * i).append(",0.01,-0.02,0.99\n");
        }
        assertThatThrownBy(() -> analyze(write("slow.csv", s.toString())))
                .isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith("slow.csv: a median interval of 2.0 s or more (a sample rate of 0.5000 Hz or "
                        + "less) is outside the 5–20,000 Hz");
    }

    @Test
    void skipsInfinitiesWithAWarningNamingTheLine() throws IOException {
        StringBuilder s = atRest(2000);
        s.append("1709287220000,Infinity,0,1\n1709287220010,0,-inf,1\n1709287220020,0,0,1e999\n");
        SessionReport report = analyze(write("inf.csv", s.toString()));
        assertThat(report.warnings()).contains("inf.csv:2002: column \"x\": expected a finite number, found \"Infinity\"",
                "inf.csv:2003: column \"y\": expected a number, found \"-inf\"",
                "inf.csv:2004: column \"z\": expected a finite number, found \"1e999\"");
    }

    @Test
    void countsRowsFarOutOfOrderAndRepeatedTimes() throws IOException {
        StringBuilder s = atRest(3000);
        s.append(1709287200000L + 10L * 100).append(",0.5,0.5,0.5\n"); // 2,900 rows late
        s.append(1709287200000L + 10L * 2999).append(",0.2,0.2,0.9\n"); // the last time again, other values
        SessionReport report = analyze(write("order.csv", s.toString()));
        assertThat(report.quality().droppedLateRows()).isEqualTo(1);
        assertThat(report.quality().duplicateTimes()).isEqualTo(1);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("order.csv: 1 row(s) came too far out of time order"));
    }

    @Test
    void aFileWhoseRowsAllShareOneTimeIsAnAnalysisError() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,x,y,z\n");
        for (int i = 0; i < 100; i++) {
            s.append("1709287200000,0.01,-0.02,0.99\n");
        }
        assertThatThrownBy(() -> analyze(write("frozen.csv", s.toString())))
                .isInstanceOf(AnalysisException.class)
                .hasMessage("frozen.csv: expected at least two samples at distinct times, found 1");
    }

    @Test
    void binaryGarbageAfterGoodRowsIsSkippedRowByRowWithinTheLimit() throws IOException {
        byte[] good = atRest(5000).toString().getBytes(StandardCharsets.US_ASCII);
        byte[] garbage = new byte[4000];
        new Random(7).nextBytes(garbage);
        byte[] all = Arrays.copyOf(good, good.length + garbage.length);
        System.arraycopy(garbage, 0, all, good.length, garbage.length);
        SessionReport report = analyze(write("garbage.csv", all));
        assertThat(report.source().samples()).isEqualTo(5000);
        assertThat(report.quality().skippedRows()).isPositive();
        assertThat(report.warnings().get(0)).startsWith("garbage.csv:5002: ");
    }

    @Test
    void aReversedFileKeepsWhatItCanAndSaysSo() throws IOException {
        List<String> rows = atRest(3000).toString().lines().skip(1).toList();
        StringBuilder s = new StringBuilder("timestamp,x,y,z\n");
        for (int i = rows.size() - 1; i >= 0; i--) {
            s.append(rows.get(i)).append('\n');
        }
        SessionReport report = analyze(write("reversed.csv", s.toString()));
        assertThat(report.quality().droppedLateRows()).isPositive();
        assertThat(report.warnings()).anyMatch(w -> w.contains("too far out of time order"));
    }

    @Test
    void everyDialectFixtureCutAfterItsFirstKilobyteIsReadOrRefusedCleanly() throws IOException {
        try (var files = Files.list(Repo.fixtures().resolve("sessions"))) {
            for (Path fixture : files.filter(p -> p.getFileName().toString().startsWith("format-")
                    && !p.toString().endsWith(".plan.csv") && p.toString().endsWith(".csv")).sorted().toList()) {
                byte[] head = Arrays.copyOf(Files.readAllBytes(fixture), 1024);
                Path cut = write(fixture.getFileName().toString(), head);
                try {
                    analyze(cut);
                } catch (ImportException | AnalysisException e) {
                    assertThat(e.getMessage()).startsWith(cut.getFileName() + ":");
                }
            }
        }
    }
}
