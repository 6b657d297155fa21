package dev.plyometer.session;

import dev.plyometer.config.Thresholds;
import dev.plyometer.detection.JumpDetector;
import dev.plyometer.detection.Landing;
import dev.plyometer.detection.StrideFilter;
import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SourceInfo;
import dev.plyometer.metrics.Jump;
import dev.plyometer.metrics.LandingMetrics;
import dev.plyometer.report.AnalysisInput;
import dev.plyometer.report.QualitySummary;
import dev.plyometer.report.SessionReport;
import dev.plyometer.report.SourceSummary;
import dev.plyometer.report.Totals;
import dev.plyometer.report.Version;
import dev.plyometer.signal.RateCheck;
import dev.plyometer.signal.SignalConditioner;
import dev.plyometer.signal.SignalListener;
import dev.plyometer.signal.SignalQuality;
import dev.plyometer.signal.RestLevel;
import dev.plyometer.signal.SignalTee;
import dev.plyometer.volume.Plan;
import dev.plyometer.volume.PlanReader;
import dev.plyometer.volume.SetGrouper;
import dev.plyometer.volume.SetSummary;
import dev.plyometer.volume.Stance;
import dev.plyometer.volume.Volume;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole analysis of one export, streamed: import → conditioning → jump detection → stride rejection → sets,
 * metrics and volume. Memory is bounded by the number of landings, not by the file's size.
 */
public final class SessionAnalyzer {
    private final AnalysisOptions options;
    private final Plan plan;

    /** Reads the plan file, if any, once for every file analysed with these options. */
    public SessionAnalyzer(AnalysisOptions options) {
        this.options = options;
        this.plan = options.planFile() != null
                ? PlanReader.read(options.planFile())
                : Plan.uniform(options.exercise(),
                options.stance() != null ? options.stance() : options.exercise().usualStance());
    }

    public SessionReport analyze(Path file) {
        return analyze(file, file.toString());
    }

    /** Analyses {@code file}; {@code displayName} is the name reports and messages use. */
    public SessionReport analyze(Path file, String displayName) {
        return analyze(file, displayName, null);
    }

    /**
     * As {@link #analyze(Path, String)}, and {@code alsoListening} (when not {@code null}) receives the same
     * conditioned signal as the jump detector, in the same single pass: for example an
     * {@link dev.plyometer.signal.EnvelopeRecorder} for the HTML report's plot.
     */
    public SessionReport analyze(Path file, String displayName, SignalListener alsoListening) {
        Thresholds th = options.thresholds();
        JumpDetector detector = new JumpDetector(th);
        RestLevel rest = new RestLevel(th.stillWindowS(), th.stillMaxSdG());
        SignalListener listener = new SignalTee(detector, rest);
        if (alsoListening != null) {
            listener = new SignalTee(listener, alsoListening);
        }
        SignalConditioner conditioner = new SignalConditioner(listener, th.gapFactor(), options.rangeG());
        ExportReader.read(file, displayName, options.imports(), conditioner);
        SignalQuality quality = conditioner.quality();
        if (quality.samples() < 2) {
            throw new AnalysisException(displayName, "expected at least two samples at distinct times, found "
                    + quality.samples());
        }
        String rate = RateCheck.problem(quality);
        if (rate != null) {
            throw new AnalysisException(displayName, rate);
        }
        StrideFilter.Result filtered = new StrideFilter(th).apply(detector.landings());
        return build(file, displayName, conditioner.sourceInfo(), conditioner.importStats(), quality, filtered, rest);
    }

    private SessionReport build(Path file, String displayName, SourceInfo info, ImportStats stats, SignalQuality quality,
                                StrideFilter.Result filtered, RestLevel rest) {
        Thresholds th = options.thresholds();
        List<Landing> landings = filtered.kept();
        int n = landings.size();
        double[] takeoff = new double[n];
        double[] touchdown = new double[n];
        for (int i = 0; i < n; i++) {
            takeoff[i] = landings.get(i).takeoffS();
            touchdown[i] = landings.get(i).touchdownS();
        }
        int[] sets = SetGrouper.assign(takeoff, touchdown, th.setBreakS());
        LandingMetrics metrics = new LandingMetrics(th, quality.sampleRateHz(), quality.clippingLevelG(),
                quality.gaps(), options.bodyMassKg());
        List<Jump> jumps = new ArrayList<>(n);
        int[] feet = new int[n];
        int contacts = 0;
        for (int i = 0; i < n; i++) {
            Jump jump = metrics.measure(i + 1, landings.get(i), sets[i], plan.forSet(sets[i]));
            jumps.add(jump);
            feet[i] = jump.feet();
            contacts += jump.feet();
        }
        List<SetSummary> setSummaries = SetGrouper.summarise(sets, takeoff, touchdown, feet, plan, th.shortRestS());
        Volume volume = Volume.of(options.level(), options.unit(), contacts, n);
        Totals totals = new Totals(n, contacts, n, setSummaries.size(), filtered.strides(), filtered.tooShort());
        List<String> warnings = Warnings.of(displayName, info, stats, quality, jumps, setSummaries, plan,
                options.stance() == null && options.planFile() == null, th);
        Warnings.restLevel(displayName, rest, th).ifPresent(warnings::add);
        return new SessionReport(SessionReport.SCHEMA, Version.TOOL, source(displayName, info, quality), totals,
                volume, setSummaries, jumps, quality(quality, stats, rest), input(file, displayName), warnings, th);
    }

    private static SourceSummary source(String displayName, SourceInfo info, SignalQuality q) {
        return new SourceSummary(displayName, info.format(), q.sampleRateHz(),
                q.start() == null ? null : q.start().toString(), q.durationS(), q.samples(),
                info.absoluteClock() ? "absolute" : "relative", info.timeColumn(), info.timeEncoding(),
                info.axisColumns(), info.units(), info.unitsEvidence(), info.notes());
    }

    private QualitySummary quality(SignalQuality q, ImportStats stats, RestLevel rest) {
        List<dev.plyometer.signal.Gap> gaps = q.gaps().subList(0, Math.min(QualitySummary.LISTED_GAPS, q.gaps().size()));
        return new QualitySummary(q.medianIntervalS(), q.medianIntervalS(),
                q.sampleRateHz() >= options.thresholds().rfdMinRateHz(), q.gapCount(), q.missingS(), gaps,
                q.duplicateRows(), q.duplicateTimes(), q.outOfOrderRows(), q.droppedLateRows(), stats.skippedRows(),
                Double.isNaN(q.clippingLevelG()) ? null : q.clippingLevelG(), q.clippedSamples(),
                Double.isNaN(rest.restMagnitudeG()) ? null : rest.restMagnitudeG(), rest.stillSeconds());
    }

    /** A plan beside the export is named beside the export's display name, as the user named the export. */
    private String planName(Path file, String displayName) {
        Path plan = options.planFile();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && folder.equals(plan.toAbsolutePath().getParent())) {
            Path shown = Path.of(displayName).resolveSibling(plan.getFileName());
            return shown.toString();
        }
        return plan.toString();
    }

    private AnalysisInput input(Path file, String displayName) {
        boolean planned = options.planFile() != null;
        Stance stance = plan.forSet(1).stance();
        return new AnalysisInput(options.level().label(), options.unit().label(),
                planned ? null : stance.label(), planned ? null : plan.forSet(1).exercise().label(),
                planned ? planName(file, displayName) : null,
                Double.isNaN(options.bodyMassKg()) ? null : options.bodyMassKg());
    }
}
