package dev.plyometer.ingest.fit;

/**
 * A definition message: the layout of the data messages of one local type. Sizes come from the file and are bounded
 * by the format itself (at most 255 fields of at most 255 bytes, plus as many developer fields).
 */
final class FitDefinition {
    /** Base type index (low 5 bits of the base type byte) → element size in bytes. */
    private static final int[] SIZES = {1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8};

    final int global;
    final boolean bigEndian;
    final int count;
    final int[] number;
    final int[] size;
    final int[] offset;
    /** Base type index, or -1 when the field cannot be read as numbers (unknown type, or size not a multiple). */
    final int[] type;
    /** Bytes of a data message: all fields plus developer fields. */
    final int length;
    /** Offset of a 4-byte field 253 (timestamp), or -1. */
    final int timestampOffset;
    final int timestampType;

    FitDefinition(int global, boolean bigEndian, int count, int[] number, int[] size, int[] baseType, int devBytes) {
        this.global = global;
        this.bigEndian = bigEndian;
        this.count = count;
        this.number = number;
        this.size = size;
        this.offset = new int[count];
        this.type = new int[count];
        int at = 0;
        int ts = -1;
        int tsType = -1;
        for (int i = 0; i < count; i++) {
            offset[i] = at;
            at += size[i];
            int t = baseType[i] & 0x1F;
            type[i] = t < SIZES.length && size[i] > 0 && size[i] % SIZES[t] == 0 ? t : -1;
            if (number[i] == 253 && type[i] >= 0 && size[i] == 4 && ts < 0) {
                ts = offset[i];
                tsType = type[i];
            }
        }
        this.length = at + devBytes;
        this.timestampOffset = ts;
        this.timestampType = tsType;
    }

    static int elementSize(int type) {
        return SIZES[type];
    }

    /** Index of field {@code fieldNumber}, or -1. */
    int find(int fieldNumber) {
        for (int i = 0; i < count; i++) {
            if (number[i] == fieldNumber) {
                return i;
            }
        }
        return -1;
    }

    /** Element {@code k} of field {@code i} as a number; NaN for FIT's invalid marker or an unreadable field. */
    double value(byte[] data, int i, int k) {
        int t = type[i];
        if (t < 0) {
            return Double.NaN;
        }
        return decode(data, offset[i] + k * SIZES[t], t, bigEndian);
    }

    /** Number of elements of field {@code i}. */
    int elements(int i) {
        int t = type[i];
        return t < 0 ? 0 : size[i] / SIZES[t];
    }

    static double decode(byte[] b, int at, int t, boolean be) {
        switch (t) {
            case 0, 2, 13 -> { // enum, uint8, byte
                int v = b[at] & 0xFF;
                return v == 0xFF ? Double.NaN : v;
            }
            case 1 -> { // sint8
                int v = b[at];
                return v == 0x7F ? Double.NaN : v;
            }
            case 10 -> { // uint8z
                int v = b[at] & 0xFF;
                return v == 0 ? Double.NaN : v;
            }
            case 3 -> { // sint16
                int v = (short) u16(b, at, be);
                return v == 0x7FFF ? Double.NaN : v;
            }
            case 4 -> {
                int v = u16(b, at, be);
                return v == 0xFFFF ? Double.NaN : v;
            }
            case 11 -> {
                int v = u16(b, at, be);
                return v == 0 ? Double.NaN : v;
            }
            case 5 -> {
                int v = s32(b, at, be);
                return v == 0x7FFFFFFF ? Double.NaN : v;
            }
            case 6 -> {
                long v = s32(b, at, be) & 0xFFFFFFFFL;
                return v == 0xFFFFFFFFL ? Double.NaN : v;
            }
            case 12 -> {
                long v = s32(b, at, be) & 0xFFFFFFFFL;
                return v == 0 ? Double.NaN : v;
            }
            case 8 -> {
                float f = Float.intBitsToFloat(s32(b, at, be));
                return Float.isNaN(f) ? Double.NaN : f;
            }
            case 9 -> {
                double d = Double.longBitsToDouble(s64(b, at, be));
                return Double.isNaN(d) ? Double.NaN : d;
            }
            case 14 -> {
                long v = s64(b, at, be);
                return v == Long.MAX_VALUE ? Double.NaN : v;
            }
            case 15 -> {
                long v = s64(b, at, be);
                return v == -1L ? Double.NaN : v < 0 ? v + 0x1p64 : v;
            }
            case 16 -> {
                long v = s64(b, at, be);
                return v == 0 ? Double.NaN : v < 0 ? v + 0x1p64 : v;
            }
            default -> {
                return Double.NaN; // strings are never numbers
            }
        }
    }

    static int u16(byte[] b, int at, boolean be) {
        return be ? (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF : b[at] & 0xFF | (b[at + 1] & 0xFF) << 8;
    }

    static int s32(byte[] b, int at, boolean be) {
        return be ? b[at] << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF
                : b[at] & 0xFF | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
    }

    static long s64(byte[] b, int at, boolean be) {
        long hi = s32(b, be ? at : at + 4, be) & 0xFFFFFFFFL;
        long lo = s32(b, be ? at + 4 : at, be) & 0xFFFFFFFFL;
        return hi << 32 | lo;
    }
}
