package dev.plyometer.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart as inline SVG: one bar per item (per landing here, per session or week in a weekly report), with
 * optional error whiskers, groups labelled under the axis (sets), horizontal reference lines and bands (limit
 * ranges), and a second axis on the right whose ticks are placed by the caller (for a non-linear twin scale such
 * as jump height over flight time). A bar without a value is drawn as a short grey stub with its reason.
 */
public final class BarChart {
    static final double WIDTH = 1000;
    static final double HEIGHT = 214;
    static final double LEFT = 56;
    static final double RIGHT = 56;
    static final double TOP = 12;
    static final double PLOT_HEIGHT = 164;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    /** At most this many bars are labelled under the axis; the others every k-th. */
    static final int MAX_LABELS = 30;

    /**
     * @param value          the bar's height, or NaN when there is no value (drawn as a stub)
     * @param cssClass       classes for colour (see {@link Palette})
     * @param label          label under the axis
     * @param tooltip        text shown on hover
     * @param dataAttributes trusted markup from {@link Svg#attr}, or empty
     * @param errLow         lower end of the whisker, or NaN
     * @param errHigh        upper end of the whisker, or NaN
     */
    public record Bar(double value, String cssClass, String label, String tooltip, String dataAttributes,
                      double errLow, double errHigh) {
    }

    /** Bars {@code first..last} (0-based, inclusive) belong together: a set of a session, a week of sessions. */
    public record Group(int first, int last, String label) {
    }

    /** A horizontal line across the chart. */
    public record Reference(double value, String cssClass, String label) {
    }

    /** A horizontal band, such as a level's range. */
    public record Band(double from, double to, String cssClass, String label) {
    }

    /** A tick of the right-hand axis at {@code value} on the bars' scale. */
    public record Tick(double value, String label) {
    }

    private final String id;
    private final String title;
    private final String yTitle;
    private final List<Bar> bars = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Tick> rightTicks = new ArrayList<>();
    private String rightTitle;

    public BarChart(String id, String title, String yTitle) {
        this.id = id;
        this.title = title;
        this.yTitle = yTitle;
    }

    public BarChart bars(List<Bar> list) {
        bars.addAll(list);
        return this;
    }

    public BarChart groups(List<Group> list) {
        groups.addAll(list);
        return this;
    }

    public BarChart reference(Reference reference) {
        references.add(reference);
        return this;
    }

    public BarChart band(Band band) {
        bands.add(band);
        return this;
    }

    public BarChart rightAxis(String axisTitle, List<Tick> ticks) {
        rightTitle = axisTitle;
        rightTicks.addAll(ticks);
        return this;
    }

    /** The top of the value axis: a round number above every bar, whisker, reference and band. */
    double yMax() {
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, finiteOr0(b.value()));
            max = Math.max(max, finiteOr0(b.errHigh()));
        }
        for (Reference r : references) {
            max = Math.max(max, r.value());
        }
        for (Band b : bands) {
            max = Math.max(max, b.to());
        }
        return Ticks.niceCeiling(max * 1.05, 5);
    }

    public void render(StringBuilder out) {
        double yMax = yMax();
        Svg svg = new Svg(out);
        out.append("<svg id=\"").append(Html.escape(id)).append("\" class=\"chart bars\" viewBox=\"0 0 ")
                .append(Svg.n(WIDTH)).append(' ').append(Svg.n(HEIGHT)).append("\" role=\"img\" aria-labelledby=\"")
                .append(Html.escape(id)).append("-title\">\n<title id=\"").append(Html.escape(id)).append("-title\">")
                .append(Html.escape(title)).append("</title>\n");
        int n = bars.size();
        double slot = PLOT_WIDTH / Math.max(1, n);
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double x0 = LEFT + group.first() * slot;
            double x1 = LEFT + (group.last() + 1) * slot;
            svg.rect(x0, TOP, x1 - x0, PLOT_HEIGHT, "group-span " + (g % 2 == 0 ? "s-odd" : "s-even"), "", null);
            svg.text((x0 + x1) / 2, HEIGHT - 4, "group-label", group.label());
        }
        for (Band band : bands) {
            double y0 = TOP + y(band.to(), yMax);
            double y1 = TOP + y(band.from(), yMax);
            svg.rect(LEFT, y0, PLOT_WIDTH, y1 - y0, "band " + band.cssClass(), "", band.label());
        }
        double step = Ticks.step(0, yMax, 5);
        for (double v : Ticks.values(0, yMax, 5)) {
            double y = TOP + y(v, yMax);
            svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, "grid");
            svg.text(LEFT - 6, y + 4, "tick y", Ticks.label(v, step));
        }
        svg.text(14, TOP + PLOT_HEIGHT / 2, "axis-title y-title", yTitle);
        for (Tick t : rightTicks) {
            if (t.value() <= yMax) {
                double y = TOP + y(t.value(), yMax);
                svg.line(LEFT + PLOT_WIDTH, y, LEFT + PLOT_WIDTH + 5, y, "tick-mark");
                svg.text(LEFT + PLOT_WIDTH + 8, y + 4, "tick right", t.label());
            }
        }
        if (rightTitle != null) {
            svg.text(WIDTH - 12, TOP + PLOT_HEIGHT / 2, "axis-title right-title", rightTitle);
        }
        double barWidth = Math.max(1, slot * 0.72);
        int labelEvery = (n + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            if (Double.isNaN(b.value())) {
                svg.rect(x, TOP + PLOT_HEIGHT - 5, barWidth, 5, "missing", b.dataAttributes(), b.tooltip());
            } else {
                double top = TOP + y(b.value(), yMax);
                svg.rect(x, top, barWidth, TOP + PLOT_HEIGHT - top, "bar " + b.cssClass(), b.dataAttributes(),
                        b.tooltip());
            }
            if (!Double.isNaN(b.errLow()) && !Double.isNaN(b.errHigh())) {
                double cx = x + barWidth / 2;
                double yLow = TOP + y(b.errLow(), yMax);
                double yHigh = TOP + y(b.errHigh(), yMax);
                svg.line(cx, yLow, cx, yHigh, "whisker");
                svg.line(cx - barWidth / 4, yHigh, cx + barWidth / 4, yHigh, "whisker");
                svg.line(cx - barWidth / 4, yLow, cx + barWidth / 4, yLow, "whisker");
            }
            if (i % labelEvery == 0) {
                svg.text(LEFT + (i + 0.5) * slot, TOP + PLOT_HEIGHT + 14, "tick x", b.label());
            }
        }
        for (Reference r : references) {
            double y = TOP + y(r.value(), yMax);
            svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, "reference " + r.cssClass());
            svg.text(LEFT + PLOT_WIDTH - 4, y - 4, "reference-label", r.label());
        }
        svg.line(LEFT, TOP + PLOT_HEIGHT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT, "baseline");
        out.append("</svg>\n");
    }

    private static double y(double v, double yMax) {
        return PLOT_HEIGHT - Math.max(0, Math.min(v, yMax)) / yMax * PLOT_HEIGHT;
    }

    private static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
