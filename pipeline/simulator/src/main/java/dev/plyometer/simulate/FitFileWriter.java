package dev.plyometer.simulate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Our own small FIT encoder (main code; Garmin's SDK is used only in tests, to check that what this writes decodes
 * the same with it): a 14-byte header, {@code file_id}, the calibration or correlation the export needs, then
 * {@code accelerometer_data} messages, little-endian, with normal or compressed-timestamp record headers, and both
 * CRCs. It streams: the header's size and CRC are patched at the end and the file CRC is computed by reading the file
 * back, so a file of any size needs no memory.
 */
final class FitFileWriter implements FitMessageGrouper.Target {
    private static final int FILE_ID = 0;
    private static final int CALIBRATION = 4;
    private static final int CORRELATION = 5;
    private static final int FULL = 1;
    /** Compressed-timestamp headers reach local types 0-3 only. */
    private static final int COMPRESSED = 2;
    /** A full timestamp at least this often, so a reader can resynchronise. */
    private static final int FULL_EVERY = 64;

    private final Path file;
    private final FitExport export;
    private final long startEpochMs;
    private final CountingOutputStream out;
    private final byte[] scratch = new byte[8];
    private final int[] definedCount = {-1, -1, -1, -1};
    private long lastTimestamp = Long.MIN_VALUE;
    private long messages;
    private boolean started;

    FitFileWriter(Path file, FitExport export, long startEpochNanos) throws IOException {
        this.file = file;
        this.export = export;
        this.startEpochMs = Math.floorDiv(startEpochNanos, 1_000_000L);
        this.out = new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        out.write(new byte[14]); // patched in close()
    }

    long bytes() {
        return out.count() + 2;
    }

    @Override
    public void message(FitMessage m) throws IOException {
        if (!started) {
            started = true;
            preamble(m);
        }
        boolean compressed = export.compressedTimestamps() && lastTimestamp != Long.MIN_VALUE
                && m.timestamp - lastTimestamp >= 0 && m.timestamp - lastTimestamp < 32
                && messages % FULL_EVERY != 0;
        int local = compressed ? COMPRESSED : FULL;
        if (definedCount[local] != m.count) {
            accelDefinition(local, m.count, !compressed);
            definedCount[local] = m.count;
        }
        if (compressed) {
            out.write(0x80 | COMPRESSED << 5 | (int) (m.timestamp & 0x1F));
        } else {
            out.write(FULL);
            u32(m.timestamp);
        }
        lastTimestamp = m.timestamp;
        messages++;
        u16(m.timestampMs);
        for (int i = 0; i < m.count; i++) {
            u16(m.offsets[i]);
        }
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < m.count; i++) {
                switch (export.values()) {
                    case RAW -> u16(m.raw[a][i]);
                    case CALIBRATED -> u32(Float.floatToIntBits((float) m.calibrated[a][i]) & 0xFFFFFFFFL);
                    case COMPRESSED -> u16(m.compressed[a][i] & 0xFFFF);
                }
            }
        }
    }

    private void preamble(FitMessage first) throws IOException {
        long utcFitMs = startEpochMs - FitMessageGrouper.FIT_EPOCH_MS;
        definition(FILE_ID, 0, new int[][] {{0, 1, 0x00}, {1, 2, 0x84}, {2, 2, 0x84}, {3, 4, 0x8C}, {4, 4, 0x86}});
        out.write(FILE_ID);
        out.write(4); // activity
        u16(255); // development
        u16(0);
        u32(1234);
        u32(Math.floorDiv(utcFitMs, 1000L));
        if (export.systemTime()) {
            definition(CORRELATION, 162, new int[][] {{253, 4, 0x86}, {1, 4, 0x86}, {4, 2, 0x84}, {5, 2, 0x84}});
            out.write(CORRELATION);
            u32(Math.floorDiv(utcFitMs, 1000L));
            u32(FitMessageGrouper.SYSTEM_START_MS / 1000);
            u16((int) Math.floorMod(utcFitMs, 1000L));
            u16((int) (FitMessageGrouper.SYSTEM_START_MS % 1000));
        }
        if (export.values() == FitExport.Values.RAW) {
            definition(CALIBRATION, 167, new int[][] {{253, 4, 0x86}, {0, 1, 0x00}, {1, 4, 0x86}, {2, 4, 0x86},
                    {3, 4, 0x86}, {4, 12, 0x85}, {5, 36, 0x85}});
            out.write(CALIBRATION);
            u32(first.timestamp);
            out.write(0); // accelerometer
            u32(FitMessage.FACTOR);
            u32(FitMessage.DIVISOR);
            u32(FitMessage.LEVEL_SHIFT);
            for (int o : FitMessage.OFFSETS) {
                u32(o & 0xFFFFFFFFL);
            }
            for (int v : FitMessage.MATRIX) {
                u32(v & 0xFFFFFFFFL);
            }
        }
    }

    private void accelDefinition(int local, int n, boolean timestamp) throws IOException {
        int[] values = switch (export.values()) {
            case RAW -> new int[] {2, 2, 0x84};
            case CALIBRATED -> new int[] {5, 4, 0x88};
            case COMPRESSED -> new int[] {8, 2, 0x83};
        };
        int[][] fields = new int[timestamp ? 6 : 5][];
        int f = 0;
        if (timestamp) {
            fields[f++] = new int[] {253, 4, 0x86};
        }
        fields[f++] = new int[] {0, 2, 0x84};
        fields[f++] = new int[] {1, 2 * n, 0x84};
        for (int a = 0; a < 3; a++) {
            fields[f++] = new int[] {values[0] + a, values[1] * n, values[2]};
        }
        definition(local, 165, fields);
    }

    private void definition(int local, int global, int[][] fields) throws IOException {
        out.write(0x40 | local);
        out.write(0);
        out.write(0); // little-endian
        u16(global);
        out.write(fields.length);
        for (int[] field : fields) {
            out.write(field[0]);
            out.write(field[1]);
            out.write(field[2]);
        }
    }

    private void u16(int v) throws IOException {
        scratch[0] = (byte) v;
        scratch[1] = (byte) (v >> 8);
        out.write(scratch, 0, 2);
    }

    private void u32(long v) throws IOException {
        scratch[0] = (byte) v;
        scratch[1] = (byte) (v >> 8);
        scratch[2] = (byte) (v >> 16);
        scratch[3] = (byte) (v >> 24);
        out.write(scratch, 0, 4);
    }

    /** Finishes the file: header size and CRC, then the file CRC over everything. */
    void close() throws IOException {
        long dataSize = out.count() - 14;
        out.close();
        byte[] header = {14, 0x20, (byte) 0xD4, 0x52, (byte) dataSize, (byte) (dataSize >> 8),
                (byte) (dataSize >> 16), (byte) (dataSize >> 24), '.', 'F', 'I', 'T', 0, 0};
        int hc = crc(0, header, 12);
        header[12] = (byte) hc;
        header[13] = (byte) (hc >> 8);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(header);
        }
        int crc = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc = crc(crc, buffer, n);
            }
        }
        try (OutputStream append = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            append.write(crc & 0xFF);
            append.write(crc >> 8 & 0xFF);
        }
    }

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            CRC_TABLE[i] = c;
        }
    }

    /** FIT's CRC-16 (CRC-16/ARC). */
    static int crc(int crc, byte[] bytes, int length) {
        int c = crc;
        for (int i = 0; i < length; i++) {
            c = (c >>> 8) ^ CRC_TABLE[(c ^ bytes[i]) & 0xFF];
        }
        return c;
    }
}
