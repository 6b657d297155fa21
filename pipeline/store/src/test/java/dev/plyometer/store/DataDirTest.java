package dev.plyometer.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirTest {
    @Test
    void theOptionWinsThenTheEnvironmentThenTheHomeFolder() {
        assertThat(DataDir.resolve(Path.of("/a"), "/b", "/home/u").root()).isEqualTo(Path.of("/a"));
        assertThat(DataDir.resolve(null, "/b", "/home/u").root()).isEqualTo(Path.of("/b"));
        assertThat(DataDir.resolve(null, " ", "/home/u").root()).isEqualTo(Path.of("/home/u/.plyometer"));
        assertThat(DataDir.resolve(null, null, "/home/u").database()).isEqualTo(Path.of("/home/u/.plyometer/plyometer.db"));
    }
}
