package dev.plyometer.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsTest {
    @Test
    void scriptsAreNumberedOneToNWithoutGaps() {
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            assertThat(Migrations.version(Migrations.SCRIPTS.get(i))).isEqualTo(i + 1);
        }
    }

    @Test
    void everyScriptIsInTheBuildAndSplitsIntoStatements() {
        for (String script : Migrations.SCRIPTS) {
            assertThat(Migrations.statements(script)).isNotEmpty()
                    .allSatisfy(s -> assertThat(s).endsWith(";").doesNotContain("--"));
        }
        assertThat(Migrations.statements("V1__athletes_sessions_sets.sql")).hasSize(4);
    }
}
