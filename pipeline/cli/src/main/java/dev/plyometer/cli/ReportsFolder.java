package dev.plyometer.cli;

import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code upload} writes a stored session's reports by default: {@code DATA/reports/ATHLETE/}, each session's
 * files named {@code session-ID-NAME.*}. Derived files, never read back.
 */
final class ReportsFolder {
    private ReportsFolder() {
    }

    /** {@code DATA/reports/zo-o-brien} for {@code Zoë O'Brien}. */
    static Path of(History h, String athlete) {
        return h.dir().root().resolve("reports").resolve(FileNames.safe(athlete));
    }

    /** {@code session-6-ana-2026-11-03-1830}: the session number, then the export's name as uploaded. */
    static String name(StoredSession s) {
        return "session-" + s.id() + "-" + Inputs.baseName(Path.of(s.sourceName()));
    }

    /** Deletes the session's report files from {@code dir}; returns how many there were. */
    static int remove(Path dir, StoredSession s) throws IOException {
        int removed = 0;
        for (String suffix : SessionFiles.SUFFIXES) {
            removed += Files.deleteIfExists(dir.resolve(name(s) + suffix)) ? 1 : 0;
        }
        return removed;
    }
}
