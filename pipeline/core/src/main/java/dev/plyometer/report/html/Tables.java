package dev.plyometer.report.html;

import dev.plyometer.metrics.Jump;
import dev.plyometer.report.Fmt;
import dev.plyometer.volume.SetSummary;

import java.util.List;

/**
 * The sets and the per-jump table. Every cell of a sortable table carries its raw value in {@code data-v}, so the
 * inline script sorts numbers as numbers whatever the cell shows.
 */
final class Tables {
    private Tables() {
    }

    static void sets(StringBuilder out, List<SetSummary> sets) {
        out.append("<table class=\"sets\">\n<thead><tr><th scope=\"col\">set</th><th scope=\"col\">exercise</th>"
                + "<th scope=\"col\">stance</th><th scope=\"col\">intensity</th><th scope=\"col\" class=\"num\">"
                + "jumps</th><th scope=\"col\" class=\"num\">contacts</th><th scope=\"col\" class=\"num\">start (s)"
                + "</th><th scope=\"col\" class=\"num\">duration</th><th scope=\"col\" class=\"num\">rest before</th>"
                + "<th scope=\"col\">flags</th></tr></thead>\n<tbody>\n");
        for (SetSummary s : sets) {
            out.append("<tr class=\"").append(Palette.setClass(s.set())).append("\"><td><a href=\"#set-")
                    .append(s.set()).append("\" class=\"zoom-link\" data-set=\"").append(s.set()).append("\">")
                    .append(s.set()).append("</a></td><td>").append(Html.escape(s.exercise())).append("</td><td>")
                    .append(Html.escape(s.stance())).append("</td><td><span class=\"swatch ")
                    .append(Palette.intensityClass(s.intensity())).append("\"></span>")
                    .append(Html.escape(s.intensity())).append("</td>");
            num(out, Integer.toString(s.jumps()));
            num(out, Integer.toString(s.contacts()));
            num(out, Fmt.num(s.startS(), 1));
            num(out, Fmt.duration(s.durationS()));
            num(out, s.restBeforeS() == null ? "–" : Fmt.duration(s.restBeforeS()));
            out.append("<td>").append(Html.escape(String.join(", ", s.flags()))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    static void jumps(StringBuilder out, List<Jump> jumps) {
        out.append("<div class=\"table-wrap\">\n<table class=\"jumps sortable\">\n<thead><tr>");
        String[][] columns = {
                {"#", "num"}, {"set", "num"}, {"exercise", ""}, {"intensity", ""}, {"take-off (s)", "num"},
                {"touchdown (s)", "num"}, {"flight (ms)", "num"}, {"height (cm)", "num"}, {"peak (g)", "num"},
                {"to peak (ms)", "num"}, {"RFD (BW/s)", "num"}, {"RFD timing ± %", "num"}, {"feet", "num"},
                {"flags", ""}};
        for (String[] c : columns) {
            out.append("<th scope=\"col\"").append(c[1].isEmpty() ? "" : " class=\"num\"")
                    .append(" aria-sort=\"none\"><button type=\"button\">").append(Html.escape(c[0]))
                    .append("</button></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Jump j : jumps) {
            out.append("<tr class=\"").append(Palette.setClass(j.set())).append("\" data-jump=\"").append(j.n())
                    .append("\">");
            cell(out, j.n(), Integer.toString(j.n()));
            cell(out, j.set(), Integer.toString(j.set()));
            text(out, j.exercise());
            out.append("<td data-v=\"").append(Html.escape(j.intensity())).append("\"><span class=\"swatch ")
                    .append(Palette.intensityClass(j.intensity())).append("\"></span>")
                    .append(Html.escape(j.intensity())).append("</td>");
            cell(out, j.takeoffS(), Fmt.num(j.takeoffS(), 3));
            cell(out, j.touchdownS(), Fmt.num(j.touchdownS(), 3));
            cell(out, j.flightTimeS() * 1000, Fmt.num(j.flightTimeS() * 1000, 0));
            cell(out, j.heightM() * 100, Fmt.num(j.heightM() * 100, 1));
            cell(out, j.peakG(), (j.hasFlag(Jump.CLIPPED) ? "≥ " : "") + Fmt.num(j.peakG(), 2));
            cell(out, j.timeToPeakS() * 1000, Fmt.num(j.timeToPeakS() * 1000, 0));
            cell(out, j.rfdBwPerS() == null ? Double.NaN : j.rfdBwPerS(), Fmt.num(j.rfdBwPerS(), 0));
            cell(out, j.rfdSamplingErrorPct() == null ? Double.NaN : j.rfdSamplingErrorPct(),
                    Fmt.num(j.rfdSamplingErrorPct(), 0));
            cell(out, j.feet(), Integer.toString(j.feet()));
            text(out, String.join(", ", j.flags()));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private static void num(StringBuilder out, String shown) {
        out.append("<td class=\"num\">").append(Html.escape(shown)).append("</td>");
    }

    private static void cell(StringBuilder out, double value, String shown) {
        out.append("<td class=\"num\" data-v=\"").append(Double.isNaN(value) ? "" : TraceChart.num(value))
                .append("\">").append(Html.escape(shown)).append("</td>");
    }

    private static void text(StringBuilder out, String shown) {
        out.append("<td data-v=\"").append(Html.escape(shown)).append("\">").append(Html.escape(shown))
                .append("</td>");
    }
}
