package dev.plyometer.report;

import java.util.Locale;

/** Number formatting for people: always {@link Locale#ROOT}, so reports do not change with the machine. */
public final class Fmt {
    private Fmt() {
    }

    public static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    public static String num(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    public static String num(Double value, int decimals) {
        return value == null ? "–" : num(value.doubleValue(), decimals);
    }

    /** {@code 2 min 05 s} style for rests and durations. */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return f("%.0f s", seconds);
        }
        long s = Math.round(seconds);
        return f("%d min %02d s", s / 60, s % 60);
    }
}
