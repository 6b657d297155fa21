package dev.plyometer.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark writer streams a generic export of the requested size and knows its jump count. */
class BenchmarkExportTest {
    @TempDir
    Path dir;

    @Test
    void writesAtLeastTheTargetSizeAndReportsWhatItWrote() throws IOException {
        Path file = dir.resolve("bench.csv");
        BenchmarkSummary s = BenchmarkExport.write(file, 3_000_000, 11);
        assertThat(s.bytes()).isEqualTo(Files.size(file)).isGreaterThanOrEqualTo(3_000_000);
        assertThat(s.jumps()).isPositive();
        assertThat(s.contacts()).isBetween(s.jumps(), 2 * s.jumps());
        assertThat(s.sampleRateHz()).isEqualTo(100);
        long rows = 0;
        long previous = Long.MIN_VALUE;
        try (BufferedReader r = Files.newBufferedReader(file)) {
            assertThat(r.readLine()).isEqualTo("timestamp,x,y,z");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                assertThat(f).hasSize(4);
                long t = Long.parseLong(f[0]);
                assertThat(t - previous).isEqualTo(rows == 0 ? t - previous : 10);
                assertThat(f[1]).matches("-?\\d+\\.\\d{4}");
                previous = t;
                rows++;
            }
        }
        assertThat(rows).isEqualTo(s.rows());
        assertThat(s.durationS()).isCloseTo(rows / 100.0, org.assertj.core.api.Assertions.within(0.011));
    }

    @Test
    void sameSeedGivesTheSameBenchmarkFile() throws IOException {
        BenchmarkSummary a = BenchmarkExport.write(dir.resolve("a.csv"), 500_000, 3);
        BenchmarkSummary b = BenchmarkExport.write(dir.resolve("b.csv"), 500_000, 3);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1L);
        assertThat(a.jumps()).isEqualTo(b.jumps());
    }

    @Test
    void writesTheSameSessionRowForRowInASecondFormat() throws IOException {
        Path generic = dir.resolve("bench.csv");
        Path actigraph = dir.resolve("bench-actigraph.csv");
        BenchmarkSummary s = BenchmarkExport.write(generic, 400_000, 5);
        BenchmarkSummary t = BenchmarkExport.writeDialect(actigraph,
                ExportFormat.of(dev.plyometer.ingest.CsvDialect.ACTIGRAPH_RAW), 5, s.sets());
        assertThat(t.rows()).isEqualTo(s.rows());
        assertThat(t.jumps()).isEqualTo(s.jumps());
        java.util.List<String> a = Files.readAllLines(generic);
        java.util.List<String> b = Files.readAllLines(actigraph);
        assertThat(b).hasSize(a.size() + 10); // the 10-line block, then one column header like the generic one
        assertThat(b.get(0)).contains("Data File Created By ActiGraph").contains("at 100 Hz");
        for (int i = 1; i < a.size(); i += 97) {
            String[] g = a.get(i).split(",");
            String[] r = b.get(i + 10).split(",");
            for (int axis = 0; axis < 3; axis++) {
                assertThat(Double.parseDouble(r[axis])).isCloseTo(Double.parseDouble(g[axis + 1]),
                        org.assertj.core.api.Assertions.within(0.0005 + 1e-9));
            }
        }
        assertThat(a).hasSize((int) s.rows() + 1);
    }
}
