package dev.plyometer.validate;

import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.testing.Repo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accuracy targets, measured on the committed fixtures with the default thresholds: the same numbers
 * {@code plyometer validate fixtures/} prints. A change that makes detection worse fails here.
 */
class FixtureAccuracyTest {
    private static ValidationReport report;

    @BeforeAll
    static void validate() {
        report = new Validator(AnalysisOptions.DEFAULTS).validate(Repo.fixtures());
        System.out.print(ValidationTable.text(report));
    }

    @Test
    void everyFixtureWasAnalysedWithoutError() {
        assertThat(report.fixtures()).isNotEmpty().allSatisfy(r -> assertThat(r.error()).as(r.name()).isNull());
    }

    @Test
    void everyAccuracyTargetIsMet() {
        assertThat(report.targets()).hasSize(7).allSatisfy(t -> assertThat(t.met())
                .as("%s: target %s, measured %s", t.name(), t.goal(), t.measured()).isTrue());
    }

    @Test
    void sessionsWithoutJumpsCountNone() {
        assertThat(report.fixtures().stream().filter(r -> r.truthJumps() == 0))
                .isNotEmpty().allSatisfy(r -> assertThat(r.foundJumps()).as(r.name()).isZero());
    }
}
