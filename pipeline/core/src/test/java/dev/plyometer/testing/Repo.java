package dev.plyometer.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds the repository's folders from tests, whatever the working directory. */
public final class Repo {
    private Repo() {
    }

    /** Surefire's {@code plyometer.root}, else the first folder upwards that holds {@code fixtures/}. */
    public static Path root() {
        String property = System.getProperty("plyometer.root");
        if (property != null && Files.isDirectory(Paths.get(property, "fixtures"))) {
            return Paths.get(property);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("fixtures"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with fixtures/)");
        }
        return dir;
    }

    public static Path fixtures() {
        return root().resolve("fixtures");
    }
}
