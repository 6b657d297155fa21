package dev.plyometer.validate;

import dev.plyometer.config.Thresholds;

import java.util.List;

/** The validation of every fixture, the targets, and the thresholds that produced them. */
public record ValidationReport(List<FixtureResult> fixtures, List<Target> targets, Thresholds config) {
    public ValidationReport {
        fixtures = List.copyOf(fixtures);
        targets = List.copyOf(targets);
    }

    public boolean allTargetsMet() {
        return targets.stream().allMatch(Target::met);
    }
}
