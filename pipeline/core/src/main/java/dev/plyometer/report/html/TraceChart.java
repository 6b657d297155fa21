package dev.plyometer.report.html;

import dev.plyometer.config.Thresholds;
import dev.plyometer.metrics.Jump;
import dev.plyometer.report.Json;
import dev.plyometer.signal.Gap;
import dev.plyometer.signal.MagnitudeTrace;
import dev.plyometer.volume.SetSummary;

import java.util.List;
import java.util.Locale;

/**
 * The acceleration magnitude over the session as a min/max band, with every flight shaded from take-off (dashed
 * line) to touchdown (solid line), sets and gaps marked, and buttons that zoom onto one set. The plot's inner
 * coordinates are bucket numbers on x and chart units on y; zooming only changes the inner {@code viewBox} (and the
 * inline script redraws the time axis), so the markup is written once.
 */
final class TraceChart {
    static final String ID = "trace";
    static final double WIDTH = 1000;
    static final double HEIGHT = 300;
    static final double LEFT = 46;
    static final double RIGHT = 14;
    static final double TOP = 22;
    static final double PLOT_HEIGHT = 236;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    /** Take-off and touchdown are ticks this tall at the top of the plot, over the shaded flight. */
    static final double MARK_HEIGHT = 18;
    /** Two threshold labels need this much height between their lines. */
    static final double MIN_LABEL_GAP = 14;
    /** A set is shown with this much time around it when zoomed (at least {@link #MIN_PAD_S}). */
    static final double PAD_FRACTION = 0.15;
    static final double MIN_PAD_S = 2.0;

    private TraceChart() {
    }

    static void render(StringBuilder out, MagnitudeTrace trace, double durationS, List<Jump> jumps,
                       List<SetSummary> sets, List<Gap> gaps, Thresholds th) {
        double bw = trace.bucketWidthS();
        double yMax = Ticks.niceCeiling(Math.max(nanToZero(trace.peakG()), th.minImpactG() + 1) * 1.02, 5);
        zoomButtons(out, durationS, sets);
        out.append("<svg id=\"").append(ID).append("\" class=\"chart zoomable\" viewBox=\"0 0 ").append(Svg.n(WIDTH))
                .append(' ').append(Svg.n(HEIGHT)).append("\" role=\"img\" aria-labelledby=\"trace-title\"")
                .append(Svg.attr("data-bucket-s", num(bw))).append(Svg.attr("data-duration-s", num(durationS)))
                .append(">\n<title id=\"trace-title\">Acceleration magnitude over the session, with ")
                .append(jumps.size()).append(" jump(s) marked</title>\n");
        Svg svg = new Svg(out);
        yAxis(svg, yMax);
        thresholdLines(svg, th, yMax);
        out.append("\n<svg class=\"plot\" x=\"").append(Svg.n(LEFT)).append("\" y=\"").append(Svg.n(TOP))
                .append("\" width=\"").append(Svg.n(PLOT_WIDTH)).append("\" height=\"").append(Svg.n(PLOT_HEIGHT))
                .append("\" viewBox=\"0 0 ").append(Svg.n(durationS / bw)).append(' ').append(Svg.n(PLOT_HEIGHT))
                .append("\" preserveAspectRatio=\"none\">\n");
        for (SetSummary set : sets) {
            svg.rect(set.startS() / bw, 0, (set.endS() - set.startS()) / bw, PLOT_HEIGHT,
                    "set-span " + Palette.setClass(set.set()), Svg.attr("data-set", Integer.toString(set.set())),
                    String.format(Locale.ROOT, "Set %d: %s, %d jump(s), %d contact(s)", set.set(), set.exercise(),
                            set.jumps(), set.contacts()));
        }
        for (Gap gap : gaps) {
            svg.rect(gap.fromS() / bw, 0, gap.durationS() / bw, PLOT_HEIGHT, "gap", "",
                    String.format(Locale.ROOT, "gap: no samples from %.3f s to %.3f s", gap.fromS(), gap.toS()));
        }
        envelope(out, trace, yMax);
        for (Jump j : jumps) {
            marker(out, svg, j, bw);
        }
        out.append("</svg>\n");
        thresholdLabels(svg, th, yMax);
        setLabels(svg, sets, durationS);
        xAxis(svg, 0, durationS);
        out.append("</svg>\n");
    }

    private static void zoomButtons(StringBuilder out, double durationS, List<SetSummary> sets) {
        out.append("<div class=\"zoom\" role=\"group\" aria-label=\"zoom\" data-zoom-for=\"").append(ID).append("\">")
                .append("<button type=\"button\" aria-pressed=\"true\" data-from=\"0\" data-to=\"")
                .append(num(durationS)).append("\">Whole session</button>");
        for (SetSummary set : sets) {
            double pad = Math.max(MIN_PAD_S, PAD_FRACTION * (set.endS() - set.startS()));
            out.append("<button type=\"button\" aria-pressed=\"false\" data-set=\"").append(set.set())
                    .append("\" data-from=\"").append(num(Math.max(0, set.startS() - pad)))
                    .append("\" data-to=\"").append(num(Math.min(durationS, set.endS() + pad))).append("\">Set ")
                    .append(set.set()).append("</button>");
        }
        out.append("</div>\n");
    }

    private static void yAxis(Svg svg, double yMax) {
        double step = Ticks.step(0, yMax, 5);
        for (double v : Ticks.values(0, yMax, 5)) {
            double y = TOP + y(v, yMax);
            svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, "grid");
            svg.text(LEFT - 6, y + 4, "tick y", Ticks.label(v, step));
        }
        svg.text(12, TOP + PLOT_HEIGHT / 2, "axis-title y-title", "magnitude (g)");
    }

    /** The free-fall and impact thresholds as dashed lines, under the plot. */
    private static void thresholdLines(Svg svg, Thresholds th, double yMax) {
        double yFall = TOP + y(th.freeFallThresholdG(), yMax);
        double yImpact = TOP + y(th.minImpactG(), yMax);
        svg.line(LEFT, yFall, LEFT + PLOT_WIDTH, yFall, "threshold");
        svg.line(LEFT, yImpact, LEFT + PLOT_WIDTH, yImpact, "threshold");
    }

    /** Their labels, over the plot, separately when there is room between the lines. */
    private static void thresholdLabels(Svg svg, Thresholds th, double yMax) {
        double yFall = TOP + y(th.freeFallThresholdG(), yMax);
        double yImpact = TOP + y(th.minImpactG(), yMax);
        double labelX = LEFT + PLOT_WIDTH - 4;
        String fall = "free fall below " + num(th.freeFallThresholdG()) + " g";
        String impact = "impact from " + num(th.minImpactG()) + " g";
        if (yFall - yImpact >= MIN_LABEL_GAP) {
            svg.text(labelX, yImpact - 3, "threshold-label", impact);
            svg.text(labelX, yFall - 3, "threshold-label", fall);
        } else {
            svg.text(labelX, yImpact - 3, "threshold-label", "thresholds: " + impact + ", " + fall);
        }
    }

    /** One closed band per run of buckets with data: the maxima forwards, the minima back. */
    private static void envelope(StringBuilder out, MagnitudeTrace trace, double yMax) {
        out.append("<path class=\"envelope\" transform=\"translate(0.5 0)\" d=\"");
        int n = trace.size();
        int i = 0;
        while (i < n) {
            if (!trace.hasData(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < n && trace.hasData(end + 1)) {
                end++;
            }
            out.append('M').append(i).append(' ').append(y1(trace.maxG(i), yMax));
            out.append('L');
            for (int k = i + 1; k <= end; k++) {
                out.append(k).append(' ').append(y1(trace.maxG(k), yMax)).append(' ');
            }
            for (int k = end; k >= i; k--) {
                out.append(k).append(' ').append(y1(trace.minG(k), yMax)).append(k > i ? " " : "");
            }
            out.append('Z');
            i = end + 1;
        }
        out.append("\"/>\n");
    }

    private static void marker(StringBuilder out, Svg svg, Jump j, double bw) {
        out.append("<g class=\"jump ").append(Palette.intensityClass(j.intensity())).append(' ')
                .append(Palette.setClass(j.set())).append("\" data-jump=\"").append(j.n()).append("\" data-set=\"")
                .append(j.set()).append("\"><title>")
                .append(Html.escape(String.format(Locale.ROOT,
                        "Jump %d (set %d, %s): take-off %.3f s, touchdown %.3f s, flight %.0f ms, peak %.2f g%s",
                        j.n(), j.set(), j.exercise(), j.takeoffS(), j.touchdownS(), j.flightTimeS() * 1000,
                        j.peakG(), j.flags().isEmpty() ? "" : " [" + String.join(", ", j.flags()) + "]")))
                .append("</title>");
        double x0 = j.takeoffS() / bw;
        double x1 = j.touchdownS() / bw;
        svg.rect(x0, 0, x1 - x0, PLOT_HEIGHT, "flight", "", null);
        svg.line(x0, 0, x0, MARK_HEIGHT, "takeoff");
        svg.line(x1, 0, x1, MARK_HEIGHT, "touchdown");
        out.append("</g>\n");
    }

    private static void setLabels(Svg svg, List<SetSummary> sets, double durationS) {
        for (SetSummary set : sets) {
            double mid = (set.startS() + set.endS()) / 2;
            svg.raw("<text class=\"set-label\" x=\"" + Svg.n(LEFT + mid / durationS * PLOT_WIDTH) + "\" y=\""
                    + Svg.n(TOP - 7) + "\"" + Svg.attr("data-at", num(mid)) + ">Set " + set.set() + "</text>");
        }
    }

    /** The time axis for {@code [from, to]} seconds; {@code report.js} redraws it the same way when zooming. */
    private static void xAxis(Svg svg, double from, double to) {
        double base = TOP + PLOT_HEIGHT;
        svg.raw("<g class=\"x-axis\">");
        double step = Ticks.step(from, to, 8);
        for (double v : Ticks.values(from, to, 8)) {
            double x = LEFT + (v - from) / (to - from) * PLOT_WIDTH;
            svg.line(x, base, x, base + 5, "tick-mark");
            svg.text(x, base + 17, "tick x", Ticks.label(v, step));
        }
        svg.raw("</g>");
        svg.text(LEFT + PLOT_WIDTH / 2, HEIGHT - 2, "axis-title", "seconds since the first sample");
    }

    private static double y(double g, double yMax) {
        return PLOT_HEIGHT - Math.min(g, yMax) / yMax * PLOT_HEIGHT;
    }

    /** Inner y with one decimal: the band is most of the file, and 0.1 unit is far below a pixel. */
    private static String y1(double g, double yMax) {
        long tenths = Math.round(y(g, yMax) * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** A number for a data attribute or a label: as the JSON writes it. */
    static String num(double v) {
        return Json.plain(v);
    }
}
