package dev.plyometer.ingest;

/**
 * Receives an import as a stream: {@link #begin} once, then blocks in file order, then {@link #end}.
 * Nothing here requires the whole file in memory.
 */
public interface SampleSink {
    /** What the importer found out about the source, before the first block. */
    void begin(SourceInfo info);

    /** A block of samples in g; the arrays are reused after this call returns. */
    void accept(SampleBlock block);

    /** The import finished; {@code stats} counts what was read and skipped. */
    void end(ImportStats stats);
}
