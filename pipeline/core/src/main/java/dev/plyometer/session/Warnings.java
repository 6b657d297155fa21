package dev.plyometer.session;

import dev.plyometer.config.Thresholds;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SourceInfo;
import dev.plyometer.metrics.Jump;
import dev.plyometer.signal.SignalQuality;
import dev.plyometer.volume.Plan;
import dev.plyometer.volume.SetSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-words warnings of a session report: what the user should know before trusting the numbers. */
final class Warnings {
    /** A recording whose magnitude never leaves a band this wide (g) shows no movement at all. */
    static final double STILL_RANGE_G = 0.2;

    private Warnings() {
    }

    /** A calibration warning when still periods read further from 1 g than {@code restToleranceG}. */
    static java.util.Optional<String> restLevel(String file, dev.plyometer.signal.RestLevel rest, Thresholds th) {
        double g = rest.restMagnitudeG();
        if (Double.isNaN(g) || Math.abs(g - 1.0) <= th.restToleranceG()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT,
                "%s: while still (%.0f s) the sensor read %.3f g, not 1 g: a scale or offset error of about %.0f %%; "
                        + "impact peaks and the detection thresholds scale with it (check the units, or calibrate "
                        + "the sensor)", file, rest.stillSeconds(), g, 100 * Math.abs(g - 1.0)));
    }

    static List<String> of(String file, SourceInfo info, ImportStats stats, SignalQuality q, List<Jump> jumps,
                           List<SetSummary> sets, Plan plan, boolean stanceAssumed, Thresholds th) {
        List<String> out = new ArrayList<>(stats.warnings());
        if (info.unitsEvidence() != null && info.unitsEvidence().startsWith("inferred")) {
            out.add(String.format(Locale.ROOT, "%s: units not stated in the header; read as %s (%s)", file,
                    info.units(), info.unitsEvidence()));
        }
        if (q.gapCount() > 0) {
            out.add(String.format(Locale.ROOT,
                    "%s: %d gap(s) longer than %.0f sample periods, %.2f s missing in all; nothing was interpolated "
                            + "across them, and landings within %.1f s are flagged gap-nearby",
                    file, q.gapCount(), th.gapFactor(), q.missingS(), th.gapNearbyS()));
        }
        if (q.duplicateRows() > 0) {
            out.add(file + ": " + q.duplicateRows() + " exact duplicate row(s) dropped");
        }
        if (q.duplicateTimes() > 0) {
            out.add(file + ": " + q.duplicateTimes() + " row(s) repeated an earlier time with other values; the first"
                    + " of each was kept");
        }
        if (q.outOfOrderRows() > 0) {
            out.add(file + ": " + q.outOfOrderRows() + " row(s) out of time order were put back in order");
        }
        if (q.droppedLateRows() > 0) {
            out.add(file + ": " + q.droppedLateRows() + " row(s) came too far out of time order to re-sort while "
                    + "streaming and were dropped");
        }
        long clippedJumps = jumps.stream().filter(j -> j.hasFlag(Jump.CLIPPED)).count();
        if (q.clipped()) {
            out.add(String.format(Locale.ROOT,
                    "%s: the sensor saturated at ±%.2f g on %d sample(s); the impact peak and RFD of %d landing(s) "
                            + "are lower bounds", file, q.clippingLevelG(), q.clippedSamples(), clippedJumps));
        }
        if (q.sampleRateHz() < th.rfdMinRateHz()) {
            double periodMs = 1000.0 / q.sampleRateHz();
            out.add(String.format(Locale.ROOT,
                    "%s: at %.0f Hz one sample is %.0f ms, so a flight time is only good to about ±%.0f ms before "
                            + "interpolation (±%.0f cm of height), and RFD is not reported (it needs ≥ %.0f Hz)",
                    file, q.sampleRateHz(), periodMs, periodMs, periodMs * 1.1 / 10.0, th.rfdMinRateHz()));
        }
        if (stanceAssumed && !jumps.isEmpty()) {
            out.add(file + ": no stance or plan given: every landing counted as two-foot (2 contacts); pass --stance "
                    + "or --plan if that is wrong");
        }
        if (!plan.isUniform() && plan.sets().size() != sets.size()) {
            out.add(String.format(Locale.ROOT,
                    "%s: the plan %s names %d set(s) but %d were found; sets beyond the plan use its last row",
                    file, plan.file(), plan.sets().size(), sets.size()));
        }
        for (SetSummary set : sets) {
            if (set.flags().contains(SetSummary.SHORT_REST)) {
                out.add(String.format(Locale.ROOT,
                        "%s: set %d (%s, high intensity) came after %.0f s of rest; %.0f s or more is recommended",
                        file, set.set(), set.exercise(), set.restBeforeS(), th.shortRestS()));
            }
        }
        if (jumps.isEmpty()) {
            out.add(file + ": no plyometric landings found");
        }
        if (q.samples() > 0 && !q.movedMoreThan(STILL_RANGE_G)) {
            out.add(String.format(Locale.ROOT,
                    "%s: the magnitude stayed between %.2f and %.2f g all along: no movement was recorded (a "
                            + "gravity-only export, such as Sensor Logger's Gravity.csv, looks like this; "
                            + "TotalAcceleration.csv holds the movement)", file, q.minMagnitudeG(), q.maxMagnitudeG()));
        }
        return out;
    }
}
