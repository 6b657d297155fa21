package dev.plyometer.report.html;

import dev.plyometer.check.CountBand;
import dev.plyometer.check.DetectorAccuracy;
import dev.plyometer.report.AnalysisInput;
import dev.plyometer.report.Fmt;
import dev.plyometer.report.MarkdownReport;
import dev.plyometer.report.SessionReport;
import dev.plyometer.report.SourceSummary;
import dev.plyometer.signal.MagnitudeTrace;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Volume;

import java.time.Instant;
import java.util.List;

/**
 * The session report as one self-contained HTML file: the volume gauge, the magnitude trace with every jump marked
 * (zoomable to a set), per-landing charts, the sets, a sortable per-landing table, and the data quality with what
 * the numbers can claim. The same report and trace give the same bytes, except the generation time in the element
 * {@value HtmlPage#GENERATED_AT_ID}.
 */
public final class SessionHtml {
    private SessionHtml() {
    }

    /**
     * @param trace       the magnitude envelope recorded during the analysis, or {@code null} to leave the plot out
     * @param generatedAt the time written into the footer (inject a fixed one for reproducible files)
     */
    public static String render(SessionReport r, MagnitudeTrace trace, Instant generatedAt) {
        StringBuilder out = new StringBuilder(96 * 1024);
        SourceSummary s = r.source();
        Volume v = r.volume();
        HtmlPage.open(out, "Plyometric session: " + s.file());
        out.append("<header>\n<h1>Plyometric session</h1>\n<p class=\"file\"><code>").append(Html.escape(s.file()))
                .append("</code></p>\n<p class=\"lede\"><strong>").append(v.counted()).append(' ')
                .append(Html.escape(v.unit())).append("</strong> against the ").append(Html.escape(v.level()))
                .append(" range of ").append(v.min()).append('–').append(v.max()).append(": <strong>")
                .append(Html.escape(MarkdownReport.statusWords(v))).append("</strong>. ")
                .append(Fmt.f("%d landings, %d foot contacts, %d set(s).", v.landings(), v.footContacts(),
                        r.totals().sets())).append("</p>\n");
        facts(out, r);
        out.append("</header>\n<main>\n");

        out.append("<section id=\"volume\">\n<h2>Volume</h2>\n");
        gauge(out, v);
        out.append("</section>\n");

        if (!r.warnings().isEmpty()) {
            out.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n<ul class=\"warnings\">\n");
            for (String w : r.warnings()) {
                out.append("<li>").append(Html.escape(w)).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        out.append("<section id=\"session-trace\">\n<h2>The session</h2>\n");
        if (trace == null || trace.size() == 0) {
            out.append("<p class=\"note\">No trace was recorded for this report.</p>\n");
        } else {
            TraceChart.render(out, trace, s.durationS(), r.jumps(), r.sets(), r.quality().gaps(), r.config());
            legend(out, trace);
        }
        out.append("</section>\n");

        out.append("<section id=\"landings\">\n<h2>Landings</h2>\n");
        if (r.jumps().isEmpty()) {
            out.append("<p class=\"note\">No plyometric landings were found, so there is nothing to chart.</p>\n");
        } else {
            JumpCharts.render(out, r);
        }
        out.append("</section>\n");

        if (!r.sets().isEmpty()) {
            out.append("<section id=\"sets\">\n<h2>Sets</h2>\n");
            Tables.sets(out, r.sets());
            out.append("</section>\n");
        }
        if (!r.jumps().isEmpty()) {
            out.append("<section id=\"jump-table\">\n<h2>Every landing</h2>\n<p class=\"note\">Click a column's "
                    + "name to sort by it.</p>\n");
            Tables.jumps(out, r.jumps());
            out.append("</section>\n");
        }

        out.append("<section id=\"quality\">\n<h2>Data quality</h2>\n");
        QualitySection.render(out, r);
        out.append("</section>\n</main>\n");
        HtmlPage.close(out, r.tool(), r.schema(), generatedAt);
        return out.toString();
    }

    private static void facts(StringBuilder out, SessionReport r) {
        SourceSummary s = r.source();
        AnalysisInput in = r.input();
        out.append("<dl class=\"facts\">");
        fact(out, "format", s.format());
        fact(out, "start", s.start() == null ? "relative clock (no wall time)" : s.start());
        fact(out, "duration", Fmt.duration(s.durationS()));
        fact(out, "sample rate", Fmt.num(s.sampleRateHz(), 1) + " Hz");
        fact(out, "level", in.level());
        fact(out, "counted in", in.unit());
        if (in.plan() != null) {
            fact(out, "plan", in.plan());
        } else {
            fact(out, "stance", in.stance());
            fact(out, "exercise", in.exercise());
        }
        if (in.bodyMassKg() != null) {
            fact(out, "body mass", Fmt.num(in.bodyMassKg(), 1) + " kg");
        }
        out.append("</dl>\n");
    }

    private static void fact(StringBuilder out, String key, String value) {
        out.append("<div><dt>").append(Html.escape(key)).append("</dt><dd>").append(Html.escape(value))
                .append("</dd></div>");
    }

    private static void gauge(StringBuilder out, Volume v) {
        boolean contacts = CountUnit.FOOT_CONTACTS.label().equals(v.unit());
        RangeGauge.Marker other = contacts
                ? new RangeGauge.Marker(v.landings(), "landings", v.landings() + " landings")
                : new RangeGauge.Marker(v.footContacts(), "contacts", v.footContacts() + " foot contacts");
        // the same band as plyometer check: the detector's measured precision and recall, as 95 % bounds
        CountBand band = CountBand.of(v.counted(), DetectorAccuracy.FIXTURES);
        boolean certain = band.high() <= v.max() || band.low() > v.max();
        String range = Fmt.f("%.1f–%.1f", band.low(), band.high());
        RangeGauge.Band uncertainty = new RangeGauge.Band(band.low(), band.high(),
                "95 % band of the true count: " + range + " " + v.unit());
        RangeGauge.render(out, "gauge", "Session volume against the " + v.level() + " range", v.min(), v.max(),
                v.counted(), v.counted() + " " + v.unit(), v.status(), gaugeText(v), List.of(other), uncertainty);
        out.append("<p class=\"note uncertainty\" data-uncertainty=\"").append(certain ? "certain" : "uncertain")
                .append("\">").append(Html.escape(Fmt.f("With the detector's measured precision and recall (%d of %d "
                        + "landings right on the simulated fixtures), the true count lies in %s %s (95 %% bounds), %s.",
                        DetectorAccuracy.FIXTURES.matched(), DetectorAccuracy.FIXTURES.found(), range, v.unit(),
                        certain ? (v.counted() > v.max() ? "over the limit either way" : "under the limit either way")
                                : "so whether it is over the limit is uncertain")))
                .append("</p>\n");
    }

    static String gaugeText(Volume v) {
        return switch (v.status()) {
            case "over" -> Fmt.f("Over the limit: %d %s, %d more than the %s maximum of %d.", v.counted(), v.unit(),
                    v.counted() - v.max(), v.level(), v.max());
            case "below" -> Fmt.f("Below the range: %d %s, %d short of the %s minimum of %d (under the limit).",
                    v.counted(), v.unit(), v.min() - v.counted(), v.level(), v.min());
            default -> Fmt.f("Within the range: %d %s, between the %s bounds of %d and %d (under the limit).",
                    v.counted(), v.unit(), v.level(), v.min(), v.max());
        };
    }

    private static void legend(StringBuilder out, MagnitudeTrace trace) {
        out.append("<p class=\"legend\"><span><span class=\"key envelope-key\"></span>smallest to largest magnitude "
                + "in each ").append(Fmt.num(trace.bucketWidthS() * 1000, 0)).append(" ms</span> ")
                .append("<span><span class=\"key flight-key\"></span>a flight; ticks at the top mark take-off "
                        + "(dashed) and touchdown (solid)</span> <span><span class=\"key set-key\"></span>a set</span> "
                        + "<span><span class=\"key gap-key\"></span>a gap</span> <span>dashed lines: the detection "
                        + "thresholds</span> <span>intensity: <span class=\"swatch i-low\"></span>low "
                        + "<span class=\"swatch i-moderate\"></span>moderate <span class=\"swatch i-high\"></span>high "
                        + "<span class=\"swatch i-unknown\"></span>not given</span></p>\n");
    }
}
