package dev.plyometer.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Axis ticks at "nice" steps (1, 2 or 5 × 10ⁿ). The report's inline script computes the same ticks when a chart is
 * zoomed, so the algorithm must stay in step with {@code report.js}.
 */
public final class Ticks {
    private Ticks() {
    }

    /** The nice step for about {@code count} intervals over {@code [lo, hi]}. */
    public static double step(double lo, double hi, int count) {
        double raw = (hi - lo) / Math.max(1, count);
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** Tick values from the first multiple of the step at or above {@code lo} up to {@code hi}. */
    public static List<Double> values(double lo, double hi, int count) {
        double step = step(lo, hi, count);
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(lo / step - 1e-9);
        for (long k = first; k * step <= hi + step * 1e-9; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    /** The tick's label, with as many decimals as the step needs. */
    public static String label(double value, double step) {
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** A round upper end for a value axis: the smallest tick at or above {@code max}. */
    public static double niceCeiling(double max, int count) {
        if (!(max > 0)) {
            return 1;
        }
        double step = step(0, max, count);
        return Math.ceil(max / step - 1e-9) * step;
    }
}
