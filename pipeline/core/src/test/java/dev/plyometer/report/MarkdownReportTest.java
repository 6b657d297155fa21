package dev.plyometer.report;

import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.testing.Repo;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportTest {
    private static SessionReport analyse(String name, String displayName) {
        Path file = Repo.fixtures().resolve("sessions").resolve(name + ".csv");
        return new SessionAnalyzer(AnalysisOptions.DEFAULTS.withPlan(file.resolveSibling(name + ".plan.csv")))
                .analyze(file, displayName);
    }

    @Test
    void opensWithTheVerdictAsAnAlertAndWarnsWhenOverTheLimit() {
        String md = MarkdownReport.render(analyse("rope-skip-ankle-200hz", "r.csv"));
        assertThat(md).startsWith("# Plyometric session: r.csv\n\n> [!WARNING]\n> **240 foot-contacts**");
        String below = MarkdownReport.render(analyse("short-rests-single-leg-waist-100hz", "s.csv"));
        assertThat(below).contains("> [!NOTE]\n> **22 foot-contacts**");
    }

    @Test
    void foldsLongLandingTablesAndKeepsShortOnesOpen() {
        assertThat(MarkdownReport.render(analyse("rope-skip-ankle-200hz", "r.csv")))
                .contains("<details>\n<summary>All 120 landings</summary>\n\n| # |");
        assertThat(MarkdownReport.render(analyse("squat-jumps-waist-100hz", "s.csv")))
                .doesNotContain("landings</summary>").contains("\n| # | set |");
    }

    @Test
    void linksToItsSiblingFilesWithEncodedNames() {
        String md = MarkdownReport.render(analyse("squat-jumps-waist-100hz", "s.csv"), "my <session> & co");
        assertThat(md).contains("[HTML report with charts](my%20%3Csession%3E%20%26%20co.html)")
                .contains("(my%20%3Csession%3E%20%26%20co.jumps.csv)");
    }

    @Test
    void escapesNamesSoTheyNeitherBreakTablesNorInjectMarkup() {
        String md = MarkdownReport.render(analyse("squat-jumps-waist-100hz", "a|b <i>x</i> *y*.csv"));
        assertThat(md).startsWith("# Plyometric session: a\\|b &lt;i&gt;x&lt;/i&gt; \\*y\\*.csv\n")
                .doesNotContain("<i>");
    }
}
