package dev.plyometer.simulate;

/**
 * What a benchmark file holds.
 *
 * @param rows     data rows (the header is not a row)
 * @param bytes    file size, header included
 * @param sets     jump sets
 * @param jumps    landings that count as plyometric contacts
 * @param contacts foot contacts
 */
public record BenchmarkSummary(String file, long seed, double sampleRateHz, long rows, long bytes, double durationS,
                               int sets, int jumps, int contacts) {
}
