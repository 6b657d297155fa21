package dev.plyometer.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed fixtures are exactly what the catalogue writes. */
class FixtureCatalogTest {
    @TempDir
    Path dir;

    @Test
    void writeAllReproducesTheCommittedFixturesByteForByte() throws IOException {
        Path committed = TestSessions.repositoryRoot().resolve(FixtureCatalog.DEFAULT_DIR);
        FixtureCatalog.writeAll(dir);
        List<String> expected = names(committed);
        assertThat(names(dir)).as("files in %s (regenerate with FixtureCatalog.writeAll)", committed)
                .containsExactlyElementsOf(expected);
        for (String name : expected) {
            assertThat(Files.mismatch(dir.resolve(name), committed.resolve(name)))
                    .as("%s differs from a fresh FixtureCatalog.writeAll at byte", name).isEqualTo(-1L);
        }
    }

    @Test
    void catalogueCoversTheLocationsRatesEncodingsAndUnits() {
        List<FixtureSpec> f = FixtureCatalog.fixtures();
        assertThat(f).extracting(FixtureSpec::name).doesNotHaveDuplicates();
        assertThat(f.stream().filter(s -> s.seed() != DialectFixtures.SEED)).extracting(FixtureSpec::seed)
                .doesNotHaveDuplicates();
        assertThat(f).extracting(FixtureSpec::location).contains(Location.values());
        assertThat(f).extracting(FixtureSpec::sampleRateHz).contains(25.0, 50.0, 100.0, 200.0);
        assertThat(f).extracting(s -> s.format().time()).contains(TimeEncoding.values());
        assertThat(f).extracting(s -> s.format().units()).contains(Units.values());
        assertThat(f).anyMatch(s -> s.format().decimalComma() && s.format().delimiter() == ';');
        assertThat(f).anyMatch(s -> s.imperfections().any());
        assertThat(f).extracting(s -> s.fit() == null ? null : s.fit().container()).contains(
                FitExport.Container.values());
        assertThat(f).extracting(s -> s.fit() == null ? null : s.fit().values()).contains(FitExport.Values.values());
    }

    @Test
    void everyCsvDialectHasAFixtureOfTheSameSession() {
        List<FixtureSpec> f = FixtureCatalog.fixtures();
        assertThat(f.stream().filter(s -> s.seed() == DialectFixtures.SEED).map(s -> s.format().dialect()))
                .containsExactlyInAnyOrder(dev.plyometer.ingest.CsvDialect.values());
    }

    @Test
    void fixturesStayUnderTheSizeBudget() throws IOException {
        Path committed = TestSessions.repositoryRoot().resolve(FixtureCatalog.DEFAULT_DIR);
        long total;
        try (Stream<Path> files = Files.list(committed)) {
            total = files.mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(total).isLessThan(40L * 1024 * 1024);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
