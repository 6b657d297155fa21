package dev.plyometer.ingest;

import java.util.List;

/**
 * Counts from one import.
 *
 * @param bytes       bytes read
 * @param rows        data rows seen (excluding header lines)
 * @param samples     samples handed to the sink
 * @param skippedRows rows that could not be read and were skipped (each one is described in {@code warnings}, up to a cap)
 * @param warnings    one line each, starting with {@code file:line:}
 */
public record ImportStats(long bytes, long rows, long samples, long skippedRows, List<String> warnings) {
    public ImportStats {
        warnings = List.copyOf(warnings);
    }
}
