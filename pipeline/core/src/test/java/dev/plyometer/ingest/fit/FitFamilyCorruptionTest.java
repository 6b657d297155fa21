package dev.plyometer.ingest.fit;

import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportException;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.testing.Repo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every FIT-family fixture (native FIT, the four JSON dialects, both FitCSVTool CSVs), damaged many times with a
 * fixed seed (cut short, bytes flipped, a line deleted): each read ends in samples (with warnings as needed) or in an
 * {@link ImportException} naming the file, never another exception.
 */
class FitFamilyCorruptionTest {
    static final int DAMAGES_PER_FILE = 60;

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> damagedFitFamilyFixturesFailCleanly() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Repo.fixtures().resolve("sessions"))) {
            files = list.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".fit") || n.endsWith(".json") && !n.endsWith(".truth.json")
                        || n.startsWith("fitcsvtool") && n.endsWith(".csv") && !n.endsWith(".plan.csv");
            }).sorted().toList();
        }
        assertThat(files).hasSize(7);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] good = Files.readAllBytes(file);
            Random random = new Random(file.getFileName().toString().hashCode());
            for (int k = 0; k < DAMAGES_PER_FILE; k++) {
                byte[] bad = damage(good, random, k % 3);
                Path copy = dir.resolve(file.getFileName());
                Files.write(copy, bad);
                try {
                    Collected c = new Collected();
                    ExportReader.read(copy, "bad", ImportOptions.DEFAULTS, c);
                    assertThat(c.stats).isNotNull();
                } catch (ImportException e) {
                    assertThat(e.getMessage()).startsWith("bad:");
                }
            }
        }));
    }

    private static byte[] damage(byte[] good, Random random, int kind) {
        switch (kind) {
            case 0 -> {
                return Arrays.copyOf(good, random.nextInt(good.length));
            }
            case 1 -> {
                byte[] b = good.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            default -> {
                int from = random.nextInt(good.length);
                int start = from;
                while (start > 0 && good[start - 1] != '\n') {
                    start--;
                }
                int end = from;
                while (end < good.length && good[end] != '\n') {
                    end++;
                }
                byte[] b = new byte[good.length - (end - start)];
                System.arraycopy(good, 0, b, 0, start);
                System.arraycopy(good, end, b, start, good.length - end);
                return b;
            }
        }
    }
}
