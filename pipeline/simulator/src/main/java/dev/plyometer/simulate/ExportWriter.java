package dev.plyometer.simulate;

import java.io.IOException;

/** Writes one export's text: a header (line, block or nothing, as the format has it), then one line per row. */
interface ExportWriter extends RowSink {
    void writeHeader() throws IOException;

    /** Characters (= bytes: exports are ASCII) written so far, header included. */
    long charsWritten();

    long rowsWritten();
}
