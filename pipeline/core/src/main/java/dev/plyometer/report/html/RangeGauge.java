package dev.plyometer.report.html;

import java.util.List;
import java.util.Locale;

/**
 * A count against a range, as a horizontal gauge: the zones below, within and over the range, a marker at the
 * count, other markers (landings beside foot contacts), and, when the count's uncertainty is known, its band. The
 * status is written as text and in a {@code data-status} attribute, so neither colour nor a script is needed to
 * read it. Used for a session's contacts here and meant for a week's in the weekly report.
 */
public final class RangeGauge {
    static final double WIDTH = 1000;
    static final double HEIGHT = 96;
    static final double LEFT = 20;
    static final double RIGHT = 20;
    static final double BAR_TOP = 34;
    static final double BAR_HEIGHT = 22;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    /** Half the width a marker label may need. */
    static final double LABEL_ROOM = 90;

    /** Another count shown on the same scale, such as landings when the limit counts foot contacts. */
    public record Marker(double value, String cssClass, String label) {
    }

    /** The count's uncertainty: it plausibly lies anywhere in {@code [low, high]}. */
    public record Band(double low, double high, String label) {
    }

    private RangeGauge() {
    }

    /**
     * @param status      {@code below}, {@code within} or {@code over}
     * @param statusText  the status in words
     * @param uncertainty the count's band, or {@code null} when it has not been estimated
     */
    public static void render(StringBuilder out, String id, String title, double min, double max, double count,
                              String countLabel, String status, String statusText, List<Marker> others,
                              Band uncertainty) {
        double top = max * 1.3;
        top = Math.max(top, count * 1.1);
        for (Marker m : others) {
            top = Math.max(top, m.value() * 1.1);
        }
        if (uncertainty != null) {
            top = Math.max(top, uncertainty.high() * 1.05);
        }
        top = Ticks.niceCeiling(top, 6);
        out.append("<figure class=\"gauge\" id=\"").append(Html.escape(id)).append("\" data-status=\"")
                .append(Html.escape(status)).append("\">\n");
        out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(Svg.n(WIDTH)).append(' ').append(Svg.n(HEIGHT))
                .append("\" role=\"img\" aria-labelledby=\"").append(Html.escape(id)).append("-title\"><title id=\"")
                .append(Html.escape(id)).append("-title\">").append(Html.escape(title)).append("</title>\n");
        Svg svg = new Svg(out);
        zone(svg, 0, min, top, "zone-below", "below the range: fewer than " + fmt(min));
        zone(svg, min, max, top, "zone-within", "within the range: " + fmt(min) + "–" + fmt(max));
        zone(svg, max, top, top, "zone-over", "over the limit: more than " + fmt(max));
        svg.text(x(min, top), BAR_TOP + BAR_HEIGHT + 14, "tick x", fmt(min));
        svg.text(x(max, top), BAR_TOP + BAR_HEIGHT + 14, "tick x", fmt(max));
        svg.text(x(0, top) + 2, BAR_TOP + BAR_HEIGHT + 14, "tick start", "0");
        if (uncertainty != null) {
            svg.rect(x(uncertainty.low(), top), BAR_TOP - 4, x(uncertainty.high(), top) - x(uncertainty.low(), top),
                    BAR_HEIGHT + 8, "uncertainty", "", uncertainty.label());
        }
        for (Marker m : others) {
            double mx = x(m.value(), top);
            svg.line(mx, BAR_TOP + 4, mx, BAR_TOP + BAR_HEIGHT - 4, "marker-other " + m.cssClass());
            svg.text(mx, BAR_TOP + BAR_HEIGHT + 30, "marker-label other " + m.cssClass() + anchor(mx), m.label());
        }
        double cx = x(count, top);
        svg.line(cx, BAR_TOP - 6, cx, BAR_TOP + BAR_HEIGHT + 6, "marker-count");
        svg.raw("<path class=\"marker-count-head\" d=\"M" + Svg.n(cx - 7) + " " + Svg.n(BAR_TOP - 16) + "L"
                + Svg.n(cx + 7) + " " + Svg.n(BAR_TOP - 16) + " " + Svg.n(cx) + " " + Svg.n(BAR_TOP - 6) + "Z\"/>");
        svg.text(cx, BAR_TOP - 20, "marker-label count" + anchor(cx), countLabel);
        out.append("</svg>\n<figcaption class=\"gauge-status status-").append(Html.escape(status)).append("\">")
                .append(Html.escape(statusText)).append("</figcaption>\n</figure>\n");
    }

    /** Labels near either end start or end at their marker, so they stay inside the gauge. */
    private static String anchor(double x) {
        return x < LEFT + LABEL_ROOM ? " anchor-start" : x > WIDTH - RIGHT - LABEL_ROOM ? " anchor-end" : "";
    }

    private static void zone(Svg svg, double from, double to, double top, String cssClass, String tooltip) {
        svg.rect(x(from, top), BAR_TOP, x(to, top) - x(from, top), BAR_HEIGHT, "zone " + cssClass, "", tooltip);
    }

    private static double x(double v, double top) {
        return LEFT + Math.max(0, Math.min(v, top)) / top * PLOT_WIDTH;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
