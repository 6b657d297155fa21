package dev.plyometer.report;

/**
 * What the user told the analysis, echoed in every report.
 *
 * @param level      training level whose range applies
 * @param unit       unit the limit is counted in
 * @param stance     stance for the whole file, or {@code null} when a plan gives it per set
 * @param exercise   exercise for the whole file, or {@code null} when a plan gives it per set
 * @param plan       the plan file, or {@code null}
 * @param bodyMassKg body mass, or {@code null}
 */
public record AnalysisInput(String level, String unit, String stance, String exercise, String plan,
                            Double bodyMassKg) {
}
