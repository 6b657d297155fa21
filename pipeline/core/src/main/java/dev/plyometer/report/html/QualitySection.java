package dev.plyometer.report.html;

import dev.plyometer.config.Thresholds;
import dev.plyometer.report.Fmt;
import dev.plyometer.report.QualitySummary;
import dev.plyometer.report.SessionReport;
import dev.plyometer.report.SourceSummary;
import dev.plyometer.signal.Gap;


/** What the data can support: its quality, what each metric can claim at this sample rate, and the thresholds. */
final class QualitySection {
    /** Height error per millisecond of flight-time error, mm (domain notes: 1.0–1.2 mm per ms). */
    static final double MM_PER_MS = 1.1;

    private QualitySection() {
    }

    static void render(StringBuilder out, SessionReport r) {
        SourceSummary s = r.source();
        QualitySummary q = r.quality();
        out.append("<table class=\"kv quality\">\n<tbody>\n");
        row(out, "sample rate", Fmt.num(s.sampleRateHz(), 1) + " Hz (1 / median interval of "
                + Fmt.num(q.medianIntervalS() * 1000, 2) + " ms)");
        row(out, "samples", s.samples() + " over " + Fmt.duration(s.durationS()));
        row(out, "gaps", q.gapCount() == 0 ? "none" : q.gapCount() + " (" + Fmt.num(q.missingS(), 2)
                + " s missing; nothing interpolated across them)");
        row(out, "duplicates dropped", q.duplicateRows() + " rows, " + q.duplicateTimes() + " repeated times");
        row(out, "re-sorted rows", Long.toString(q.outOfOrderRows()));
        row(out, "rows dropped (too late to re-sort)", Long.toString(q.droppedLateRows()));
        row(out, "rows skipped (unreadable)", Long.toString(q.skippedRows()));
        row(out, "clipping", q.clippingLevelG() == null ? "none seen"
                : "±" + Fmt.num(q.clippingLevelG(), 2) + " g on " + q.clippedSamples() + " samples");
        row(out, "units", s.units() + " (" + s.unitsEvidence() + ")");
        row(out, "calibration", (q.restMagnitudeG() == null ? "not checked: the sensor was never still for a whole "
                + "window" : Fmt.f("checked, not corrected: while still (%.0f s) it read %.3f g (1 g expected)",
                q.stillS(), q.restMagnitudeG())) + "; samples are used as the sensor wrote them, converted to g");
        row(out, "clock", s.clock() + (s.start() == null ? "" : ", first sample " + s.start()));
        out.append("</tbody>\n</table>\n");
        if (!q.gaps().isEmpty()) {
            out.append("<details><summary>Gaps").append(q.gapCount() > q.gaps().size()
                    ? " (first " + q.gaps().size() + " of " + q.gapCount() + ")" : "").append("</summary><ul>");
            for (Gap g : q.gaps()) {
                out.append("<li>").append(Fmt.f("%.3f s – %.3f s (%.3f s)", g.fromS(), g.toS(), g.durationS()))
                        .append("</li>");
            }
            out.append("</ul></details>\n");
        }
        claims(out, r);
        out.append("<details class=\"thresholds\"><summary>Thresholds used</summary>\n<table class=\"kv\">\n<tbody>\n");
        r.config().asMap().forEach((name, value) -> row(out, name, String.valueOf(value)));
        out.append("</tbody>\n</table>\n</details>\n");
    }

    /** What each metric can and cannot claim at this file's sample rate. */
    private static void claims(StringBuilder out, SessionReport r) {
        Thresholds th = r.config();
        double rate = r.source().sampleRateHz();
        double periodMs = 1000 / rate;
        out.append("<h3>What the numbers can claim at ").append(Fmt.num(rate, 0))
                .append(" Hz</h3>\n<ul class=\"claims\">");
        out.append("<li><strong>Counts.</strong> A landing needs a flight below ")
                .append(Fmt.num(th.freeFallThresholdG(), 2)).append(" g for ").append(Fmt.num(th.minFlightS(), 2))
                .append("–").append(Fmt.num(th.maxFlightS(), 1)).append(" s, then an impact of at least ")
                .append(Fmt.num(th.minImpactG(), 1)).append(" g. Foot contacts follow the stance from the plan or "
                        + "the command line; no wrist or waist sensor can tell one foot from two.</li>");
        out.append("<li><strong>Flight time and height.</strong> One sample is ").append(Fmt.num(periodMs, 1))
                .append(" ms; take-off and touchdown are interpolated between samples, so the error is usually "
                        + "smaller, but each millisecond is about ").append(Fmt.num(MM_PER_MS, 1))
                .append(" mm of height (±").append(Fmt.num(periodMs * MM_PER_MS / 10, 1))
                .append(" cm for a whole sample).</li>");
        out.append("<li><strong>Impact peak.</strong> ").append(rate >= th.rfdMinRateHz()
                ? "Sampled often enough at the trunk (≥ " + Fmt.num(th.rfdMinRateHz(), 0) + " Hz); at the shank "
                        + "peaks need about 200 Hz."
                : "At this rate the peak often falls between samples and reads low (15–20 % at 25–50 Hz).")
                .append(r.quality().clippingLevelG() != null ? " Clipped landings give a lower bound only." : "")
                .append("</li>");
        out.append("<li><strong>RFD index.</strong> ").append(r.quality().rfdReported()
                ? "Reported when the rise to the peak spans at least " + th.rfdMinRiseSamples()
                        + " samples, with its timing error; per landing it can differ from force plates by ±"
                        + Fmt.num(th.rfdAgreementPct(), 0) + " %."
                : "Not reported: it needs at least " + Fmt.num(th.rfdMinRateHz(), 0) + " Hz.").append("</li>");
        out.append("<li><strong>Limits.</strong> The level's range is a prescription for training volume, not an "
                + "injury prediction.</li></ul>\n");
    }

    static void row(StringBuilder out, String key, String value) {
        out.append("<tr><th scope=\"row\">").append(Html.escape(key)).append("</th><td>").append(Html.escape(value))
                .append("</td></tr>\n");
    }
}
