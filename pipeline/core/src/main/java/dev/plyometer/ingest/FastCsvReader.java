package dev.plyometer.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The byte-level reader for simple bodies: one-byte delimiter, {@code .} decimals, no quotes. It scans a byte
 * buffer filled in 64 KiB reads, parses only the cells it uses, with {@link DecimalBytes} and {@link ByteTimeParser},
 * and creates no {@code String} for a well-formed row.
 *
 * <p>A quote anywhere in a row means the rest of the file needs real CSV rules (a quoted value may even span
 * lines), so the reader hands that row and everything after it to {@link GeneralCsvReader}; both readers deliver
 * the same samples for the same rows, so the switch changes nothing but speed.
 */
final class FastCsvReader {
    private static final int BUFFER_BYTES = 256 * 1024;
    private static final int NEED_MORE = -1;
    private static final int QUOTE = -2;

    private final String file;
    private final CsvLayout layout;
    private final SampleAssembler out;
    private final InputStream in;
    private final byte delimiter;
    private final int[] roles;
    private final ByteTimeParser timeParser;
    private final DecimalBytes numbers = new DecimalBytes();
    /** Nanoseconds per time unit as a power of ten when time is a number; -1 for ISO or no time column. */
    private final int timeScale;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private int limit;
    private boolean eof;

    // The row just scanned.
    private int fields;
    private long time;
    private double x;
    private double y;
    private double z;
    private int badRole;
    private int badFrom;
    private int badTo;

    /**
     * @param start bytes already read: {@code start[from, to)} comes before whatever {@code in} still holds
     */
    FastCsvReader(String file, CsvLayout layout, SampleAssembler out, byte[] start, int from, int to, InputStream in) {
        if (to - from > BUFFER_BYTES) {
            throw new IllegalArgumentException("start bytes exceed the buffer: " + (to - from));
        }
        this.file = file;
        this.layout = layout;
        this.out = out;
        this.in = in;
        this.delimiter = layout.delimiter();
        this.roles = layout.columns().roles();
        this.timeParser = new ByteTimeParser(layout.time());
        this.timeScale = layout.time().kind() == TimeEncoding.Kind.NUMBER ? layout.time().scale() : -1;
        System.arraycopy(start, from, buf, 0, to - from);
        this.limit = to - from;
    }

    void read() throws IOException {
        long line = layout.firstDataLine();
        int pos = 0;
        boolean skipLf = false; // the previous row ended with \r; a \n right after it belongs to that line break
        while (true) {
            if (pos == limit) {
                if (eof) {
                    return;
                }
                pos = refill(pos);
                continue;
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            int end = scanRow(pos);
            if (end == NEED_MORE) {
                if (limit - pos > CsvSniffer.MAX_LINE) {
                    throw CsvSniffer.tooLong(file, line);
                }
                pos = refill(pos);
                continue;
            }
            if (end == QUOTE) {
                InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, limit - pos), in);
                GeneralCsvReader.read(file, layout, out, rest, line);
                return;
            }
            if (end - pos > CsvSniffer.MAX_LINE) {
                throw CsvSniffer.tooLong(file, line);
            }
            deliver(pos, end, line);
            line++;
            if (end < limit) {
                skipLf = buf[end] == '\r';
                pos = end + 1;
            } else {
                pos = end;
            }
        }
    }

    /** Keeps {@code buf[pos, limit)} and reads more after it. */
    private int refill(int pos) throws IOException {
        int kept = limit - pos;
        System.arraycopy(buf, pos, buf, 0, kept);
        limit = kept;
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return 0;
    }

    /**
     * Scans the row starting at {@code pos}, parsing the cells it uses.
     *
     * @return the index of the row's line break (or of the end of the data), {@link #NEED_MORE} when the row is not
     *     all in the buffer, or {@link #QUOTE} when it holds a quote
     */
    private int scanRow(int pos) {
        final byte[] b = buf;
        final int lim = limit;
        final byte d = delimiter;
        final int needed = roles.length;
        int p = pos;
        int column = 0;
        badRole = -1;
        while (true) {
            int role = roles[column];
            int end = badRole < 0 ? onePass(role, p, lim) : -1;
            byte c = 0;
            if (end >= 0) {
                p = end;
                c = b[p];
            } else {
                int start = p;
                while (p < lim) {
                    c = b[p];
                    if (c == d || c == '\n' || c == '\r' || c == '"') {
                        break;
                    }
                    p++;
                }
                if (p == lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                } else if (c == '"') {
                    return QUOTE;
                }
                if (role != ColumnMapping.IGNORED && badRole < 0) {
                    parseCell(role, start, p);
                }
            }
            column++;
            if (p == lim || c != d) {
                break;
            }
            p++;
            if (column == needed) {
                // Nothing further on this row is used; find its end, still watching for quotes.
                while (p < lim) {
                    c = b[p];
                    if (c == '\n' || c == '\r' || c == '"') {
                        break;
                    }
                    p++;
                }
                if (p == lim) {
                    if (!eof) {
                        return NEED_MORE;
                    }
                } else if (c == '"') {
                    return QUOTE;
                }
                break;
            }
        }
        fields = column; // exact when below `needed`, which is all that matters
        return p;
    }

    /**
     * Parses a plain number cell while finding its end, in one pass over its bytes (the common case). Anything
     * else, including a number that ends in the middle of the buffer, is left to the scan-then-parse path.
     *
     * @return the index of the delimiter or line break after the cell, or -1
     */
    private int onePass(int role, int p, int lim) {
        final byte[] b = buf;
        if (role >= ColumnMapping.X) {
            int q = numbers.scanDouble(b, p, lim);
            if (q < lim && isCellEnd(b[q]) && !Double.isNaN(numbers.value)) {
                if (role == ColumnMapping.X) {
                    x = numbers.value;
                } else if (role == ColumnMapping.Y) {
                    y = numbers.value;
                } else {
                    z = numbers.value;
                }
                return q;
            }
        } else if (role == ColumnMapping.TIME && timeScale >= 0) {
            int q = numbers.scanScaled(b, p, lim, timeScale);
            if (q < lim && isCellEnd(b[q]) && numbers.scaled != DecimalBytes.NOT_FAST) {
                time = numbers.scaled;
                return q;
            }
        }
        return -1;
    }

    private boolean isCellEnd(byte c) {
        return c == delimiter || c == '\n' || c == '\r';
    }

    private void parseCell(int role, int from, int to) {
        if (role == ColumnMapping.TIME) {
            if (timeParser.parse(buf, from, to)) {
                time = timeParser.value;
                return;
            }
        } else {
            double v = DecimalBytes.parseDouble(buf, from, to);
            if (Double.isFinite(v)) {
                if (role == ColumnMapping.X) {
                    x = v;
                } else if (role == ColumnMapping.Y) {
                    y = v;
                } else {
                    z = v;
                }
                return;
            }
        }
        badRole = role;
        badFrom = from;
        badTo = to;
    }

    private void deliver(int from, int to, long line) {
        if (fields == 1 && isBlank(from, to)) {
            return;
        }
        if (fields < roles.length) {
            out.reject(line, RowProblems.missingValues(roles.length, fields));
        } else if (badRole >= 0) {
            ColumnName column = layout.columns().column(badRole);
            String text = new String(buf, badFrom, badTo - badFrom, StandardCharsets.UTF_8);
            out.reject(line, badRole == ColumnMapping.TIME
                    ? RowProblems.badTime(column, layout.time(), text)
                    : RowProblems.badNumber(column, text));
        } else {
            out.accept(time, x, y, z, line);
        }
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if ((buf[i] & 0xFF) > ' ') {
                return false;
            }
        }
        return true;
    }
}
