package dev.plyometer.inspect;

import dev.plyometer.config.Thresholds;
import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SourceInfo;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.signal.RateCheck;
import dev.plyometer.signal.SignalConditioner;
import dev.plyometer.signal.SignalListener;
import dev.plyometer.signal.SignalQuality;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an export through the same {@link ExportReader} and {@link SignalConditioner} as the analysis, without
 * detecting jumps, and says what was found: dialect, units, gravity, clock, rate, gaps, duplicates, order, clipping
 * and the columns used.
 */
public final class Inspector {
    private static final SignalListener NOTHING = (t, m, a, n) -> {
    };

    private final ImportOptions imports;
    private final Thresholds thresholds;
    private final double rangeG;

    /**
     * @param rangeG the sensor's range in g when known, else {@code NaN} to detect clipping from the data
     */
    public Inspector(ImportOptions imports, Thresholds thresholds, double rangeG) {
        this.imports = imports;
        this.thresholds = thresholds;
        this.rangeG = rangeG;
    }

    /**
     * @throws dev.plyometer.ingest.ImportException when the file cannot be read
     * @throws AnalysisException                    when it holds fewer than two samples at distinct times
     */
    public Inspection inspect(Path file, String displayName) {
        SignalConditioner conditioner = new SignalConditioner(NOTHING, thresholds.gapFactor(), rangeG);
        ExportReader.read(file, displayName, imports, conditioner);
        SignalQuality q = conditioner.quality();
        if (q.samples() < 2) {
            throw new AnalysisException(displayName, "expected at least two samples at distinct times, found "
                    + q.samples());
        }
        SourceInfo info = conditioner.sourceInfo();
        ImportStats stats = conditioner.importStats();
        return new Inspection(Inspection.SCHEMA, displayName, info.format(), info.formatEvidence(), info.units(),
                info.unitsEvidence(), info.gravity(), info.absoluteClock() ? "absolute" : "relative",
                info.timeColumn(), info.timeEncoding(), q.start() == null ? null : q.start().toString(), q.durationS(),
                q.samples(), stats.rows(), stats.skippedRows(), stats.bytes(), q.sampleRateHz(), q.medianIntervalS(),
                q.gapCount(), q.missingS(), q.gaps().subList(0, Math.min(Inspection.LISTED_GAPS, q.gaps().size())),
                q.duplicateRows(), q.duplicateTimes(), q.outOfOrderRows(), q.droppedLateRows(),
                Double.isNaN(q.clippingLevelG()) ? null : q.clippingLevelG(), q.clippedSamples(),
                info.axisColumns(), info.ignoredColumns(), info.notes(), warnings(displayName, info, stats, q));
    }

    private List<String> warnings(String file, SourceInfo info, ImportStats stats, SignalQuality q) {
        List<String> out = new ArrayList<>(stats.warnings());
        String rate = RateCheck.problem(q);
        if (rate != null) {
            out.add(file + ": " + rate);
        }
        if (info.unitsEvidence() != null && info.unitsEvidence().startsWith("inferred")) {
            out.add(file + ": units not stated; read as " + info.units() + " (" + info.unitsEvidence() + ")");
        }
        if (q.gapCount() > 0) {
            out.add(String.format(Locale.ROOT, "%s: %d gap(s) longer than %.0f sample periods, %.2f s missing in all",
                    file, q.gapCount(), thresholds.gapFactor(), q.missingS()));
        }
        if (q.duplicateTimes() > 0) {
            out.add(file + ": " + q.duplicateTimes() + " row(s) repeated an earlier time with other values; the first "
                    + "of each was kept");
        }
        if (q.droppedLateRows() > 0) {
            out.add(file + ": " + q.droppedLateRows() + " row(s) came too far out of time order and were dropped");
        }
        if (q.clipped()) {
            out.add(String.format(Locale.ROOT, "%s: the sensor saturated at ±%.2f g on %d sample(s); impact peaks "
                    + "there are lower bounds", file, q.clippingLevelG(), q.clippedSamples()));
        }
        return out;
    }
}
