package dev.plyometer.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one entry point for reading an export: recognises the format by content (never by file extension) and hands
 * the file to the reader for it. Every reader streams its samples to the {@link SampleSink}.
 */
public final class ExportReader {
    private static final int SNIFF_BYTES = 16;

    private ExportReader() {
    }

    /**
     * Files that travel with exports but are not exports: plans ({@code NAME.plan.csv}) and truth files
     * ({@code NAME.truth.json}). Batch readers skip them when a pattern matches them too.
     */
    public static boolean isCompanionFile(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".plan.csv") || name.endsWith(".truth.json");
    }

    /** The format families told apart by their first bytes. */
    enum Family { FIT, JSON, TEXT }

    public static ImportStats read(Path file, String displayName, ImportOptions options, SampleSink sink) {
        Family family = sniff(file, displayName);
        return switch (family) {
            case FIT -> throw new ImportException(displayName, 0,
                    "a Garmin FIT file: reading .fit is not supported yet; expected a CSV export");
            case JSON -> throw new ImportException(displayName, 0,
                    "a JSON document: FIT-derived JSON is not supported yet; expected a CSV export");
            case TEXT -> CsvImporter.read(file, displayName, options, sink);
        };
    }

    static Family sniff(Path file, String displayName) {
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, SNIFF_BYTES);
        } catch (NoSuchFileException e) {
            throw new ImportException(displayName, 0, "no such file");
        } catch (IOException e) {
            throw new ImportException(displayName, 0, "cannot read the file: " + e.getMessage(), e);
        }
        // FIT: header size byte 12 or 14, then ".FIT" at bytes 8-11
        if (n >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return Family.FIT;
        }
        int i = 0;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < n && (head[i] == '{' || head[i] == '[')) {
            return Family.JSON;
        }
        return Family.TEXT;
    }
}
