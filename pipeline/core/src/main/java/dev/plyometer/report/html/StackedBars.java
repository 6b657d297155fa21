package dev.plyometer.report.html;

import java.util.List;

/**
 * Horizontal stacked bars as inline SVG: one row per item (a week's foot contacts by intensity, say), each a run of
 * coloured segments on a common scale, labelled on the left with the row's name and on the right with its total.
 */
public final class StackedBars {
    static final double WIDTH = 1000;
    static final double LEFT = 96;
    static final double RIGHT = 64;
    static final double TOP = 8;
    static final double ROW = 28;
    static final double BAR = 18;
    static final double AXIS = 30;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;

    /** One part of a row; a part of 0 is left out. */
    public record Segment(double value, String cssClass, String tooltip) {
    }

    /**
     * @param dataAttributes trusted markup from {@link Svg#attr}, or empty
     * @param emptyText      what the row says when all its segments are 0
     */
    public record Row(String label, List<Segment> segments, String dataAttributes, String emptyText) {
        public Row {
            segments = List.copyOf(segments);
        }

        double total() {
            double t = 0;
            for (Segment s : segments) {
                t += s.value();
            }
            return t;
        }
    }

    private StackedBars() {
    }

    public static void render(StringBuilder out, String id, String title, String axisTitle, List<Row> rows) {
        double max = 0;
        for (Row r : rows) {
            max = Math.max(max, r.total());
        }
        double top = Ticks.niceCeiling(max, 6);
        double plotHeight = rows.size() * ROW;
        double height = TOP + plotHeight + AXIS + 14;
        out.append("<svg id=\"").append(Html.escape(id)).append("\" class=\"chart stacked\" viewBox=\"0 0 ")
                .append(Svg.n(WIDTH)).append(' ').append(Svg.n(height)).append("\" role=\"img\" aria-labelledby=\"")
                .append(Html.escape(id)).append("-title\">\n<title id=\"").append(Html.escape(id)).append("-title\">")
                .append(Html.escape(title)).append("</title>\n");
        Svg svg = new Svg(out);
        double step = Ticks.step(0, top, 6);
        for (double v : Ticks.values(0, top, 6)) {
            double x = x(v, top);
            svg.line(x, TOP, x, TOP + plotHeight, "grid");
            svg.text(x, TOP + plotHeight + 16, "tick x", Ticks.label(v, step));
        }
        svg.text(LEFT + PLOT_WIDTH / 2, TOP + plotHeight + AXIS + 8, "axis-title", axisTitle);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = TOP + i * ROW + (ROW - BAR) / 2;
            out.append("<g class=\"row\"").append(r.dataAttributes()).append('>');
            svg.text(LEFT - 8, y + BAR / 2 + 4, "tick y", r.label());
            double at = 0;
            for (Segment s : r.segments()) {
                if (s.value() > 0) {
                    svg.rect(x(at, top), y, x(at + s.value(), top) - x(at, top), BAR, "bar " + s.cssClass(), "",
                            s.tooltip());
                    at += s.value();
                }
            }
            svg.text(x(at, top) + 6, y + BAR / 2 + 4, "tick right", at > 0 ? Ticks.label(at, 1) : r.emptyText());
            out.append("</g>\n");
        }
        svg.line(LEFT, TOP, LEFT, TOP + plotHeight, "baseline");
        out.append("</svg>\n");
    }

    private static double x(double v, double top) {
        return LEFT + Math.max(0, Math.min(v, top)) / top * PLOT_WIDTH;
    }
}
