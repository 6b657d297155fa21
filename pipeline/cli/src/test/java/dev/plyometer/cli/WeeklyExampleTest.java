package dev.plyometer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed weekly example, {@code reports/weekly/}, is what the README's commands write today: ana's sessions
 * from {@code fixtures/history} uploaded into a new data folder, then {@code weekly --out} with a fixed
 * {@code --generated-at}. Regenerating it gives the same bytes, every file, the HTML included. When the weekly report
 * changes on purpose, rerun those commands.
 */
class WeeklyExampleTest {
    /** The README's {@code --generated-at} for the example. */
    static final String GENERATED_AT = "2026-12-01T00:00:00Z";

    @TempDir
    Path temp;

    private Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", temp.resolve("data").toString()));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertThat(cli.exitCode()).as(String.join(" ", args) + ": " + cli.err()).isZero();
        return cli;
    }

    @Test
    void committedWeeklyExampleMatchesAFreshRunOnTheHistoryFixtures() throws IOException {
        run("athlete", "add", "ana", "--zone", "Europe/Berlin", "--strength-start", "2026-10-05",
                "--sessions-per-week", "2");
        List<String> upload = new ArrayList<>(List.of("upload", "--athlete", "ana", "--no-reports"));
        try (Stream<Path> files = Files.list(HistoryFixture.dir())) {
            files.map(Path::toString).filter(f -> f.matches(".*/ana-[^/]*\\.csv")).sorted().forEach(upload::add);
        }
        run(upload.toArray(String[]::new));
        Path out = temp.resolve("weekly");
        run("weekly", "--athlete", "ana", "--out", out.toString(), "--generated-at", GENERATED_AT);

        Path committed = Cli.root().resolve("reports/weekly");
        assertThat(list(out)).isNotEmpty().containsExactlyElementsOf(list(committed));
        for (String name : list(out)) {
            assertThat(Files.readString(out.resolve(name))).as(name)
                    .isEqualTo(Files.readString(committed.resolve(name)));
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
