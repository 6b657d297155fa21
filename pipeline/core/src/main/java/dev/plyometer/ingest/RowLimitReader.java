package dev.plyometer.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Caps how much text one row may hold before Commons CSV sees it, so that a file without line breaks, or a quote
 * that is never closed, fails with a line number instead of growing one token until the heap runs out. It follows
 * quotes the way Commons CSV does (a quote opens a value only at its start; {@code ""} inside is a quote) to know
 * where rows end.
 */
final class RowLimitReader extends FilterReader {
    private final String file;
    private final char delimiter;
    private long line;
    private long rowStartLine;
    private int rowChars;
    private boolean inQuotes;
    private boolean quoteInQuotes; // a quote seen inside quotes: either the closing one or the first of ""
    private boolean valueStart = true;
    private boolean afterCr;

    /** @param firstLine the file's line number of the first line this reader delivers */
    RowLimitReader(Reader in, String file, long firstLine, char delimiter) {
        super(in);
        this.file = file;
        this.delimiter = delimiter;
        this.line = firstLine;
        this.rowStartLine = firstLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        for (int i = off; i < off + n; i++) {
            see(cbuf[i]);
        }
        return n;
    }

    private void see(char c) {
        boolean lineBreak = c == '\r' || c == '\n' && !afterCr;
        afterCr = c == '\r';
        if (c == '\n' || c == '\r') {
            if (lineBreak) {
                line++;
            }
        } else if (++rowChars > CsvSniffer.MAX_LINE) {
            throw inQuotes
                    ? new ImportException(file, rowStartLine, "a quoted value runs past "
                            + String.format(java.util.Locale.ROOT, "%,d", CsvSniffer.MAX_LINE)
                            + " characters; expected a closing quote")
                    : CsvSniffer.tooLong(file, line);
        }
        if (inQuotes) {
            if (quoteInQuotes) {
                quoteInQuotes = false;
                if (c == '"') {
                    return; // "" is an escaped quote
                }
                inQuotes = false; // that quote closed the value; c is ordinary text
            } else {
                if (c == '"') {
                    quoteInQuotes = true;
                }
                return;
            }
        }
        if (c == '"' && valueStart) {
            inQuotes = true;
            valueStart = false;
        } else if (c == delimiter) {
            valueStart = true;
        } else if (c == '\n' || c == '\r') {
            valueStart = true;
            rowChars = 0;
            rowStartLine = line;
        } else {
            valueStart = false;
        }
    }
}
