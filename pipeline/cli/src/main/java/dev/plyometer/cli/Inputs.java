package dev.plyometer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's paths into export files: a file as given, a folder into the exports below it
 * ({@code .csv .txt .fit .json}, sorted, so batches run in the same order everywhere), leaving out plans, truth
 * files and reports (including the CSVs that {@code analyze --out} writes, so a folder can hold exports and their
 * reports).
 */
final class Inputs {
    /** What a folder is searched for, in words for help texts and messages. */
    static final String EXPORT_KINDS = "*.csv, *.txt, *.fit, *.json";

    private Inputs() {
    }

    /** The one-line error when {@code paths} hold no export. */
    static String noExports(Object paths) {
        return "plyometer: error: no exports found in " + paths + " (expected " + EXPORT_KINDS + " files)";
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isExport).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(path + ": cannot list the folder: " + e.getMessage(), e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static boolean isExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.endsWith(".plan.csv") || name.endsWith(".truth.json")
                || name.endsWith(".jumps.csv") || name.endsWith(".sets.csv")) {
            return false;
        }
        if (name.endsWith(".json")) {
            return !isPlyometerReport(file);
        }
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".fit");
    }

    /** plyometer's own JSON reports name their schema in their first bytes: {@code "schema" : "plyometer.…"}. */
    static boolean isPlyometerReport(Path file) {
        byte[] head = new byte[256];
        int n;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false; // unreadable: let the import say so
        }
        String text = new String(head, 0, n, java.nio.charset.StandardCharsets.UTF_8).replace(" ", "");
        return text.contains("\"schema\":\"plyometer.");
    }

    /** The report base name for an export: its file name without the extension. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
