package dev.plyometer.ingest.fit;

import java.io.ByteArrayOutputStream;

/**
 * Builds FIT files byte by byte for tests: what the SDK's encoder never writes (compressed-timestamp headers,
 * big-endian definitions) and damaged files. Field specs are {number, size, baseType} triples.
 */
public final class FitBytes {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean bigEndian;

    public FitBytes bigEndian(boolean be) {
        this.bigEndian = be;
        return this;
    }

    /** A definition of {@code global} for local type {@code local}; {@code dev} are developer field triples. */
    public FitBytes definition(int local, int global, int[][] fields, int[][] dev) {
        body.write(0x40 | (dev.length > 0 ? 0x20 : 0) | local);
        body.write(0);
        body.write(bigEndian ? 1 : 0);
        u16(global);
        body.write(fields.length);
        for (int[] f : fields) {
            body.write(f[0]);
            body.write(f[1]);
            body.write(f[2]);
        }
        if (dev.length > 0) {
            body.write(dev.length);
            for (int[] f : dev) {
                body.write(f[0]);
                body.write(f[1]);
                body.write(f[2]);
            }
        }
        return this;
    }

    /** A normal data-message header. */
    public FitBytes data(int local) {
        body.write(local);
        return this;
    }

    /** A compressed-timestamp header: local type 0-3, 5-bit time offset. */
    public FitBytes compressed(int local, int timeOffset) {
        body.write(0x80 | local << 5 | timeOffset & 0x1F);
        return this;
    }

    public FitBytes u8(int v) {
        body.write(v);
        return this;
    }

    public FitBytes u16(int v) {
        if (bigEndian) {
            body.write(v >> 8);
            body.write(v);
        } else {
            body.write(v);
            body.write(v >> 8);
        }
        return this;
    }

    public FitBytes u32(long v) {
        if (bigEndian) {
            u16((int) (v >> 16));
            u16((int) v & 0xFFFF);
        } else {
            u16((int) v & 0xFFFF);
            u16((int) (v >> 16));
        }
        return this;
    }

    public FitBytes f32(float v) {
        return u32(Float.floatToIntBits(v) & 0xFFFFFFFFL);
    }

    /** The whole file: a 14-byte header with its CRC, the records, the file CRC. */
    public byte[] build() {
        byte[] records = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = {14, 0x20, (byte) 0xD4, 0x52, 0, 0, 0, 0, '.', 'F', 'I', 'T', 0, 0};
        int size = records.length;
        header[4] = (byte) size;
        header[5] = (byte) (size >> 8);
        header[6] = (byte) (size >> 16);
        header[7] = (byte) (size >> 24);
        int hc = FitCrc.update(0, header, 0, 12);
        header[12] = (byte) hc;
        header[13] = (byte) (hc >> 8);
        out.writeBytes(header);
        out.writeBytes(records);
        byte[] all = out.toByteArray();
        int crc = FitCrc.update(0, all, 0, all.length);
        out.write(crc);
        out.write(crc >> 8);
        return out.toByteArray();
    }
}
