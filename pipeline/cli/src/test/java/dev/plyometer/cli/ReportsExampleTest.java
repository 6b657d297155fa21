package dev.plyometer.cli;

import dev.plyometer.report.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed {@code reports/} example is what the README's first command writes today: regenerating it from
 * the fixtures gives the same bytes (in the HTML reports, all but the time they were generated at). When the
 * analysis changes on purpose, rerun the README's first command.
 */
class ReportsExampleTest {
    private static final Pattern GENERATED_AT = Pattern.compile(
            "<time id=\"" + HtmlPage.GENERATED_AT_ID + "\" datetime=\"[^\"]*\">[^<]*</time>");

    @TempDir
    Path temp;

    @Test
    void committedReportsMatchAFreshRunOnTheFixtures() throws IOException {
        Path root = Cli.root();
        // surefire runs this module from the repository root, as the README does, so file names agree
        Cli cli = Cli.run("analyze", "fixtures/sessions", "--out", temp.toString());
        assertThat(cli.exitCode()).as(cli.err()).isIn(ExitCodes.OK);
        List<Path> fresh = list(temp);
        assertThat(fresh).isNotEmpty();
        for (Path file : fresh) {
            Path committed = root.resolve("reports").resolve(file.getFileName());
            assertThat(committed).as("committed example for " + file.getFileName()).exists();
            assertThat(withoutGenerationTime(Files.readString(file))).as(file.getFileName().toString())
                    .isEqualTo(withoutGenerationTime(Files.readString(committed)));
        }
    }

    /** The one part of a report that differs between runs on purpose. */
    static String withoutGenerationTime(String report) {
        return GENERATED_AT.matcher(report).replaceAll("<time id=\"" + HtmlPage.GENERATED_AT_ID + "\"/>");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
