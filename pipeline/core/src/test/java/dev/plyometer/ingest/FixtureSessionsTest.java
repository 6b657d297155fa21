package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Both readers agree on every session fixture in {@code fixtures/sessions} (skipped while that folder is empty),
 * including one per CSV dialect ({@code format-*}), which the fast reader must take on its own: the dialects change
 * where data starts and what the columns mean, not how simple bodies are parsed. Plans ({@code *.plan.csv}) are not
 * recordings and are left out.
 */
class FixtureSessionsTest {

    @TestFactory
    Stream<DynamicTest> fastAndGeneralReadersAgreeOnEverySessionFixture() throws IOException {
        Path sessions = repositoryRoot().resolve("fixtures").resolve("sessions");
        List<Path> files = List.of();
        if (Files.isDirectory(sessions)) {
            try (Stream<Path> list = Files.list(sessions)) {
                files = list.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".plan.csv"))
                        .sorted().toList();
            }
        }
        assumeTrue(!files.isEmpty(), "no session fixtures in " + sessions + " yet");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Outcome fast = Outcome.fast(file, ImportOptions.DEFAULTS);
            Outcome general = Outcome.general(file, ImportOptions.DEFAULTS);
            Outcome.assertIdentical(fast, general, file.getFileName().toString());
            if (fast.error == null) {
                assertThat(fast.size).isPositive();
            }
            if (file.getFileName().toString().startsWith("format-")) {
                assertThat(fast.error).isNull();
                assertThat(fast.parser()).isEqualTo("parser: fast");
                assertThat(general.parser()).isEqualTo("parser: general (forced)");
            }
        }));
    }

    /** The folder holding {@code fixtures/}: surefire's {@code plyometer.root}, else the nearest one upwards. */
    static Path repositoryRoot() {
        String property = System.getProperty("plyometer.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "fixtures"))) {
            return Path.of(property);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
