package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plyometer.validate.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export faults appear as asked, and never hide a landing. */
class ImperfectRowsTest {
    @TempDir
    Path dir;

    @Test
    void writesGapsDuplicatesJitterAndSwapsAwayFromLandings() throws IOException {
        long start = Instant.parse("2026-11-02T07:30:00Z").toEpochMilli();
        FixtureSpec spec = new FixtureSpec("faults", 5, "CMJ with faults", Location.WAIST, 100,
                SensorSpec.typical(16), ExportFormat.generic(), new Imperfections(3, 4, 1.5, 2),
                Instant.ofEpochMilli(start),
                b -> b.stand(8).set(Exercise.COUNTERMOVEMENT_JUMP, 4).rest(60).set(Exercise.COUNTERMOVEMENT_JUMP, 4)
                        .stand(10));
        SessionExport.write(spec, dir);
        List<String> lines = Files.readAllLines(dir.resolve("faults.csv"));
        assertThat(lines.get(0)).isEqualTo("timestamp,x,y,z");
        assertThat(lines.get(1)).startsWith(start + ",");

        List<Long> times = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (!seen.add(line)) {
                duplicates++;
            }
            times.add(Long.parseLong(line.substring(0, line.indexOf(','))) - start);
        }
        assertThat(duplicates).isEqualTo(4);

        int backwards = 0;
        int jittered = 0;
        List<long[]> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            long dt = times.get(i) - times.get(i - 1);
            if (dt < 0) {
                backwards++;
            }
            if (times.get(i) % 10 != 0) {
                jittered++;
            }
            if (dt > 150) {
                gaps.add(new long[] {times.get(i - 1), times.get(i)});
            }
        }
        assertThat(backwards).as("swapped neighbours").isEqualTo(2);
        assertThat(jittered).isGreaterThan(times.size() / 2);
        assertThat(gaps).hasSize(3);
        for (long[] g : gaps) {
            assertThat(g[1] - g[0]).isBetween(200L, 2020L);
        }

        Truth truth = TruthJson.read(dir.resolve("faults.truth.json"));
        assertThat(truth.description()).contains("gaps (rows missing) at", "duplicate rows at",
                "rows swapped with the next at", "jittered");
        for (Truth.TruthJump j : truth.jumps()) {
            for (long[] g : gaps) {
                assertThat(g[1] / 1000.0 < j.takeoffS() - 0.9 || g[0] / 1000.0 > j.touchdownS() + 0.9)
                        .as("gap %s-%s ms near the landing at %s s", g[0], g[1], j.touchdownS()).isTrue();
            }
        }
    }

    @Test
    void noFaultsMeansEvenlySpacedRows() throws IOException {
        FixtureSpec spec = new FixtureSpec("clean", 5, "CMJ", Location.WAIST, 50, SensorSpec.typical(16),
                ExportFormat.of(TimeEncoding.SECONDS_SINCE_START, Units.G), Imperfections.NONE,
                Instant.parse("2026-11-02T07:30:00Z"), b -> b.stand(5).set(Exercise.COUNTERMOVEMENT_JUMP, 2));
        FixtureSummary summary = SessionExport.write(spec, dir);
        List<String> lines = Files.readAllLines(dir.resolve("clean.csv"));
        assertThat(lines).hasSize((int) summary.rows() + 1);
        for (int i = 1; i < lines.size(); i++) {
            String expected = String.format(java.util.Locale.ROOT, "%.3f,", (i - 1) * 0.02);
            assertThat(lines.get(i)).startsWith(expected);
        }
        assertThat(Files.size(dir.resolve("clean.csv"))).isEqualTo(summary.bytes());
    }
}
