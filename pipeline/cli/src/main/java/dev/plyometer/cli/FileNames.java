package dev.plyometer.cli;

import java.util.Locale;

/** File and folder names made from what a user typed (an athlete's name): lower case, safe on every file system. */
final class FileNames {
    private FileNames() {
    }

    /**
     * {@code Zoë O'Brien} → {@code zo-o-brien}: letters a–z, digits, {@code .}, {@code _} and {@code -} only,
     * never starting with {@code -} or {@code .} (an option or a hidden file); {@code athlete} when nothing is left.
     */
    static String safe(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return s.isEmpty() ? "athlete" : s;
    }
}
