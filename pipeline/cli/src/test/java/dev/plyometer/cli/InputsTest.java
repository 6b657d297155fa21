package dev.plyometer.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InputsTest {
    @Test
    void foldersYieldCsvTextFitAndJsonExports() {
        assertThat(Inputs.isExport(Path.of("a/watch.FIT"))).isTrue();
        assertThat(Inputs.isExport(Path.of("a/garmin-sdk.json"))).isTrue();
        assertThat(Inputs.isExport(Path.of("a/session.csv"))).isTrue();
        assertThat(Inputs.isExport(Path.of("a/session.txt"))).isTrue();
    }

    @Test
    void truthFilesPlansAndHiddenFilesAreNotExports() {
        assertThat(Inputs.isExport(Path.of("a/session.truth.json"))).isFalse();
        assertThat(Inputs.isExport(Path.of("a/session.plan.csv"))).isFalse();
        assertThat(Inputs.isExport(Path.of("a/.hidden.fit"))).isFalse();
        assertThat(Inputs.isExport(Path.of("a/report.md"))).isFalse();
    }
}
