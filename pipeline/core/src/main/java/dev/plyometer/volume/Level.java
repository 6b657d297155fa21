package dev.plyometer.volume;

import java.util.Locale;

/** Training level and its session range of plyometric contacts (foot contacts by default). */
public enum Level {
    BEGINNER(80, 100),
    INTERMEDIATE(100, 120),
    ADVANCED(120, 140);

    private final int min;
    private final int max;

    Level(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /** Lower bound of the session range; fewer is reported as below range, not as an error. */
    public int min() {
        return min;
    }

    /** Upper bound: "stayed under the limit" means counted ≤ this. */
    public int max() {
        return max;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level parse(String text) {
        for (Level level : values()) {
            if (level.label().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level \"" + text + "\": expected beginner, intermediate or advanced");
    }
}
