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
}
