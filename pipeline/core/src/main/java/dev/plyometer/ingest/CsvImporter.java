package dev.plyometer.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an accelerometer CSV export in any {@link CsvDialect} (see {@code formats.md} §3) and streams its samples,
 * in g and in file order, to a {@link SampleSink}.
 *
 * <p>The first 128 KiB are sniffed for the dialect ({@link DialectRecognizer}: app, header or header block; then
 * BOM, delimiter, decimal comma, time encoding, units).
 * Then one of two readers streams the rest: a byte-level reader for simple numeric bodies (most files), or a
 * reader over Apache Commons CSV for quoted values and decimal commas. Both give identical samples; memory stays
 * bounded by a few buffers, whatever the file size.
 *
 * <p>Problems with the file are {@link ImportException}s whose message starts with {@code file:line:}; unreadable
 * rows are skipped with a warning in {@link ImportStats#warnings()}.
 */
public final class CsvImporter {
    private CsvImporter() {
    }

    /** How much of the start of a file is read to decide its dialect. */
    static final int PREVIEW_BYTES = 128 * 1024;

    /**
     * Reads {@code file}.
     *
     * @param displayName the name messages use, usually the path as the user wrote it
     * @return what was read and skipped (also passed to {@link SampleSink#end})
     * @throws ImportException when the file cannot be read as an accelerometer CSV
     */
    public static ImportStats read(Path file, String displayName, ImportOptions options, SampleSink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, displayName, options, sink);
        } catch (NoSuchFileException e) {
            throw new ImportException(displayName, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(displayName, 0, "permission denied");
        } catch (IOException e) {
            throw new ImportException(displayName, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a CSV from {@code input} to its end; the caller closes it.
     *
     * @param displayName the name messages use
     * @throws ImportException when the input cannot be read as an accelerometer CSV
     */
    public static ImportStats read(InputStream input, String displayName, ImportOptions options, SampleSink sink) {
        CountingInputStream in = new CountingInputStream(input);
        try {
            byte[] preview = new byte[PREVIEW_BYTES + 1];
            int length = in.readNBytes(preview, 0, PREVIEW_BYTES);
            boolean eof = length < PREVIEW_BYTES;
            if (!eof && preview[length - 1] == '\r') {
                // Keep a \r\n line break whole, so the body does not start with a stray \n.
                int extra = in.readNBytes(preview, length, 1);
                length += extra;
                eof = extra == 0;
            }
            CsvLayout layout = CsvSniffer.sniff(displayName, preview, length, eof, options);
            SampleAssembler out = new SampleAssembler(displayName, layout, sink);
            int from = layout.dataOffset();
            if (layout.fast()) {
                new FastCsvReader(displayName, layout, out, preview, from, length, in).read();
            } else {
                InputStream body = new SequenceInputStream(new ByteArrayInputStream(preview, from, length - from), in);
                GeneralCsvReader.read(displayName, layout, out, body, layout.firstDataLine());
            }
            return out.finish(in.count());
        } catch (IOException e) {
            throw new ImportException(displayName, 0, "cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ImportException(displayName, 0, "cannot read: " + e.getCause().getMessage(), e);
        }
    }
}
