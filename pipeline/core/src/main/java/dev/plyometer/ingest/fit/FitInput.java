package dev.plyometer.ingest.fit;

import java.io.IOException;
import java.io.InputStream;

/** A buffered byte source that knows its offset and keeps the FIT CRC of everything consumed. */
final class FitInput {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private long offset;
    private int crc;

    FitInput(InputStream in) {
        this.in = in;
    }

    /** Bytes consumed so far: the offset of the next byte. */
    long offset() {
        return offset;
    }

    int crc() {
        return crc;
    }

    void resetCrc() {
        crc = 0;
    }

    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        int n = in.read(buf, 0, BUFFER);
        while (n == 0) {
            n = in.read(buf, 0, BUFFER);
        }
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** The next byte (0–255), or -1 at the end. */
    int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        byte b = buf[pos++];
        crc = FitCrc.update(crc, b);
        offset++;
        return b & 0xFF;
    }

    /** Reads {@code n} bytes into {@code dst}; returns how many were there (less than n only at the end). */
    int read(byte[] dst, int n) throws IOException {
        return read(dst, 0, n);
    }

    /** Reads {@code n} bytes into {@code dst} from index {@code from}; returns how many were there. */
    int read(byte[] dst, int from, int n) throws IOException {
        int done = 0;
        while (done < n && fill()) {
            int k = Math.min(n - done, limit - pos);
            System.arraycopy(buf, pos, dst, from + done, k);
            crc = FitCrc.update(crc, buf, pos, pos + k);
            pos += k;
            done += k;
            offset += k;
        }
        return done;
    }

    /** Consumes {@code n} bytes (keeping the CRC); returns how many were there. */
    long skip(long n) throws IOException {
        long done = 0;
        while (done < n && fill()) {
            int k = (int) Math.min(n - done, limit - pos);
            crc = FitCrc.update(crc, buf, pos, pos + k);
            pos += k;
            done += k;
            offset += k;
        }
        return done;
    }

    /** Whether any byte is left, without consuming it. */
    boolean more() throws IOException {
        return fill();
    }
}
