package dev.plyometer.volume;

import java.util.Locale;

/** Plyometric intensity, low to high: rope and pogo; two-foot jumps; single-leg and depth jumps. */
public enum Intensity {
    UNKNOWN,
    LOW,
    MODERATE,
    HIGH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
