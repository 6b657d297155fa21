package dev.plyometer.report.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG elements into a buffer with coordinates rounded to two decimals (enough for a 1,000-unit-wide chart,
 * and the same bytes on every machine). Text goes through {@link Html#escape}.
 */
public final class Svg {
    private final StringBuilder out;

    public Svg(StringBuilder out) {
        this.out = out;
    }

    /** A number with at most two decimals and no trailing zeros: {@code 12}, {@code 0.5}, {@code -3.25}. */
    public static String n(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a coordinate: " + value);
        }
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return BigDecimal.valueOf(hundredths, 2).setScale(2, RoundingMode.UNNECESSARY).stripTrailingZeros()
                .toPlainString();
    }

    public Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    public Svg text(double x, double y, String cssClass, String text) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        cls(cssClass);
        out.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"');
        cls(cssClass);
        out.append("/>");
        return this;
    }

    /** A rectangle; {@code extraAttributes} is trusted markup (built by this package), or empty. */
    public Svg rect(double x, double y, double width, double height, String cssClass, String extraAttributes,
                    String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, width))).append("\" height=\"").append(n(Math.max(0, height))).append('"');
        cls(cssClass);
        out.append(extraAttributes);
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(Html.escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    /** {@code name="value"} with the value escaped, for {@code extraAttributes}. */
    public static String attr(String name, String value) {
        return " " + name + "=\"" + Html.escape(value) + "\"";
    }

    private void cls(String cssClass) {
        if (cssClass != null && !cssClass.isEmpty()) {
            out.append(" class=\"").append(Html.escape(cssClass)).append('"');
        }
    }
}
