package dev.plyometer.report;

import dev.plyometer.config.Thresholds;
import dev.plyometer.metrics.Jump;
import dev.plyometer.volume.SetSummary;
import dev.plyometer.volume.Volume;

import java.util.List;

/**
 * Everything the analysis of one file found: the session report model, written as JSON (the documented contract,
 * schema {@value #SCHEMA}), Markdown and text.
 */
public record SessionReport(
        String schema,
        String tool,
        SourceSummary source,
        Totals totals,
        Volume volume,
        List<SetSummary> sets,
        List<Jump> jumps,
        QualitySummary quality,
        AnalysisInput input,
        List<String> warnings,
        Thresholds config) {

    public static final String SCHEMA = "plyometer.session/1";

    public SessionReport {
        sets = List.copyOf(sets);
        jumps = List.copyOf(jumps);
        warnings = List.copyOf(warnings);
    }
}
