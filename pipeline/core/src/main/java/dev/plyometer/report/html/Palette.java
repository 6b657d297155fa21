package dev.plyometer.report.html;

/**
 * Colours by intensity (hue, from the Okabe–Ito colour-blind-safe set) and by set (alternate sets a lighter
 * shade), as CSS classes defined in {@code report.css}.
 */
public final class Palette {
    private Palette() {
    }

    /** {@code i-low}, {@code i-moderate}, {@code i-high} or {@code i-unknown}. */
    public static String intensityClass(String intensity) {
        return switch (intensity == null ? "" : intensity) {
            case "low", "moderate", "high" -> "i-" + intensity;
            default -> "i-unknown";
        };
    }

    /** {@code s-odd} or {@code s-even}: neighbouring sets never share a shade. */
    public static String setClass(int set) {
        return set % 2 == 1 ? "s-odd" : "s-even";
    }
}
