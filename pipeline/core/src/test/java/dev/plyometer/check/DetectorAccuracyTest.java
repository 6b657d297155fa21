package dev.plyometer.check;

import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.testing.Repo;
import dev.plyometer.validate.FixtureResult;
import dev.plyometer.validate.ValidationReport;
import dev.plyometer.validate.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts behind the check's uncertainty band are the ones {@code plyometer validate fixtures} measures today. When
 * the detector or the fixtures change, this fails until {@link DetectorAccuracy#FIXTURES} is updated with them.
 */
class DetectorAccuracyTest {
    @Test
    void theRecordedCountsAreWhatValidatingTheFixturesMeasures() {
        ValidationReport report = new Validator(AnalysisOptions.DEFAULTS).validate(Repo.fixtures());
        int matched = report.fixtures().stream().mapToInt(FixtureResult::matched).sum();
        int found = report.fixtures().stream().mapToInt(FixtureResult::foundJumps).sum();
        int truth = report.fixtures().stream().mapToInt(FixtureResult::truthJumps).sum();
        DetectorAccuracy measured = new DetectorAccuracy(matched, found, truth, DetectorAccuracy.FIXTURES.measuredOn());
        assertThat(measured).as("update DetectorAccuracy.FIXTURES to what plyometer validate fixtures measures now")
                .isEqualTo(DetectorAccuracy.FIXTURES);
        assertThat(DetectorAccuracy.FIXTURES.measuredOn()).contains(report.fixtures().size() + " simulated sessions");
    }
}
