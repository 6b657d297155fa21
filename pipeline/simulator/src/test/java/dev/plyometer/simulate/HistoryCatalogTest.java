package dev.plyometer.simulate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed multi-week history is exactly what the history catalogue writes. */
class HistoryCatalogTest {
    @TempDir
    Path dir;

    @Test
    void writeAllReproducesTheCommittedHistoryByteForByte() throws IOException {
        Path committed = TestSessions.repositoryRoot().resolve(HistoryCatalog.DEFAULT_DIR);
        HistoryCatalog.writeAll(dir);
        List<String> expected = names(committed);
        assertThat(names(dir)).as("files in %s (regenerate with plyometer simulate --history)", committed)
                .containsExactlyElementsOf(expected);
        for (String name : expected) {
            assertThat(Files.mismatch(dir.resolve(name), committed.resolve(name)))
                    .as("%s differs from a fresh HistoryCatalog.writeAll at byte", name).isEqualTo(-1L);
        }
    }

    @Test
    void coversBothAthletesOverFourWeeksAndStaysSmall() throws IOException {
        HistoryCatalog.Manifest m = HistoryCatalog.read(TestSessions.repositoryRoot().resolve(HistoryCatalog.DEFAULT_DIR));
        assertThat(m.sessions()).extracting(HistoryCatalog.Session::athlete).containsOnly("ana", "ben");
        assertThat(m.sessions()).extracting(HistoryCatalog.Session::week)
                .contains("2026-W43", "2026-W44", "2026-W45", "2026-W46");
        long total;
        try (Stream<Path> files = Files.list(TestSessions.repositoryRoot().resolve(HistoryCatalog.DEFAULT_DIR))) {
            total = files.mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(total).isLessThan(5L * 1024 * 1024);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
