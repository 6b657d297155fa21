package dev.plyometer.volume;

import java.util.Locale;

/** Where a count stands against a level's range. */
public enum VolumeStatus {
    BELOW,
    WITHIN,
    OVER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VolumeStatus of(int counted, Level level) {
        if (counted > level.max()) {
            return OVER;
        }
        return counted < level.min() ? BELOW : WITHIN;
    }
}
