package dev.plyometer.ingest.fit;

/** The FIT CRC-16 (CRC-16/ARC: polynomial 0xA001 reflected, initial 0), as in the FIT protocol. */
final class FitCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private FitCrc() {
    }

    static int update(int crc, byte b) {
        return (crc >>> 8) ^ TABLE[(crc ^ b) & 0xFF];
    }

    static int update(int crc, byte[] bytes, int from, int to) {
        int c = crc;
        for (int i = from; i < to; i++) {
            c = (c >>> 8) ^ TABLE[(c ^ bytes[i]) & 0xFF];
        }
        return c;
    }
}
