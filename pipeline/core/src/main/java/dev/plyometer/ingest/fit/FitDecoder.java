package dev.plyometer.ingest.fit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A focused, streaming decoder of the FIT binary format (protocol 1 and 2): file header (12 or 14 bytes) with its
 * CRC, normal and compressed-timestamp record headers, definition messages (either byte order, developer fields
 * skipped by size), data messages, the file CRC, and chained files. It decodes only what this tool needs —
 * {@code file_id} (0), {@code device_info} (23), {@code timestamp_correlation} (162), {@code accelerometer_data}
 * (165), {@code three_d_sensor_calibration} (167) — and skips every other message by its size.
 *
 * <p>Memory is fixed: one record buffer as large as the format allows (≤ 130,050 bytes) and 16 local definitions.
 * No size read from the file allocates anything. Every step consumes at least one byte, so it always ends.
 *
 * <p>Damage policy: a bad header or file CRC is a warning (the records still parsed; the values may be wrong); a
 * definition that cannot be trusted is skipped with a warning; a file cut off mid-record keeps the samples before the
 * cut, with a warning naming the record and byte offset; a data message whose local type has no definition ends the
 * decoding (its size is unknown, nothing after it can be trusted), with the same kind of warning.
 */
final class FitDecoder {
    static final int ACCELEROMETER_DATA = 165;
    static final int THREE_D_SENSOR_CALIBRATION = 167;
    static final int ONE_D_SENSOR_CALIBRATION = 210;
    static final int TIMESTAMP_CORRELATION = 162;
    static final int FILE_ID = 0;
    static final int DEVICE_INFO = 23;
    /** The largest data message: 255 fields and 255 developer fields of 255 bytes each. */
    static final int MAX_RECORD = 2 * 255 * 255;

    /** What the decoder finds, in file order. */
    interface Listener {
        void accelerometer(AccelMessage message, long record);

        void calibration(FitCalibration calibration, long record);

        void correlation(FitCorrelation correlation, long record);

        void device(String description);

        /** A problem; {@code record} is 0 when it concerns the file as a whole. */
        void warning(long record, String problem);
    }

    /** What was read. */
    record Summary(long bytes, long records, int files) {
    }

    private final InputStream stream;
    private final Listener listener;
    private final byte[] data = new byte[MAX_RECORD];
    private final byte[] header = new byte[255];
    private final FitDefinition[] definitions = new FitDefinition[16];
    private final AccelMessage accel = new AccelMessage();
    private long record;
    private long lastTimestamp = FitTime.NONE;
    private boolean deviceSeen;

    private final long length;

    /** @param length the stream's length in bytes when known (a file), else -1 */
    FitDecoder(InputStream stream, long length, Listener listener) {
        this.stream = stream;
        this.length = length;
        this.listener = listener;
    }

    /**
     * Decodes to the end of the stream.
     *
     * @throws FitFormatException when the start of the file is not a FIT header
     */
    Summary decode() throws IOException {
        FitInput in = new FitInput(stream);
        int files = 0;
        do {
            if (!file(in, files)) {
                break;
            }
            files++;
        } while (in.more());
        return new Summary(in.offset(), record, files);
    }

    /** One FIT file of a chain; false when decoding must stop. */
    private boolean file(FitInput in, int index) throws IOException {
        long start = in.offset();
        in.resetCrc();
        int headerSize = in.read();
        if (headerSize < 12) {
            if (index == 0) {
                throw new FitFormatException(start, headerSize < 0 ? "the file is empty"
                        : "header size " + headerSize + ": expected a FIT header of 12 or 14 bytes");
            }
            listener.warning(0, String.format(Locale.ROOT, "%d bytes after the end of the FIT data at byte %d are not "
                    + "another FIT file; ignored", remaining(in), start));
            return false;
        }
        header[0] = (byte) headerSize;
        int got = in.read(header, 1, headerSize - 1) + 1;
        if (got < 12 || header[8] != '.' || header[9] != 'F' || header[10] != 'I' || header[11] != 'T') {
            if (index == 0) {
                throw new FitFormatException(start, got < 12 ? "the file ends inside its " + headerSize
                        + "-byte header" : "no \".FIT\" signature at bytes 8-11");
            }
            listener.warning(0, "bytes after the end of the FIT data at byte " + start
                    + " are not another FIT file; ignored");
            return false;
        }
        int protocol = header[1] & 0xFF;
        if (protocol >> 4 > 2) {
            listener.warning(0, "protocol version " + (protocol >> 4) + "." + (protocol & 0xF)
                    + " is newer than this reader knows (2.x); reading it anyway");
        }
        long dataSize = FitDefinition.s32(header, 4, false) & 0xFFFFFFFFL;
        if (headerSize >= 14) {
            int stored = FitDefinition.u16(header, 12, false);
            int computed = FitCrc.update(0, header, 0, 12);
            if (stored != 0 && stored != computed) {
                listener.warning(0, String.format(Locale.ROOT, "header CRC at byte %d is 0x%04X, computed 0x%04X; "
                        + "reading on", start + 12, stored, computed));
            }
        }
        long dataEnd = dataSize == 0 ? Long.MAX_VALUE : in.offset() + dataSize;
        if (length >= 0 && (dataSize == 0 || dataEnd + 2 > length)) {
            // the file is shorter than declared: cut off, or a size never filled in; its last two bytes are
            // taken as the CRC
            listener.warning(0, String.format(Locale.ROOT, "the header declares %d data bytes, the file holds %d "
                    + "after its header: cut off, or a wrong size; reading up to its last two bytes", dataSize,
                    Math.max(0, length - in.offset() - 2)));
            dataEnd = Math.max(in.offset(), length - 2);
            dataSize = dataEnd - in.offset();
        } else if (dataSize == 0) {
            listener.warning(0, "the header declares no data size; reading to the end of the file without a CRC"
                    + " check");
        }
        java.util.Arrays.fill(definitions, null);
        lastTimestamp = FitTime.NONE;
        while (in.offset() < dataEnd) {
            long at = in.offset();
            int h = in.read();
            if (h < 0) {
                if (dataSize != 0) {
                    listener.warning(0, String.format(Locale.ROOT, "the file is cut off at byte %d: its header "
                            + "declares %d data bytes, %d are there; the samples before are kept", at, dataSize,
                            at - (dataEnd - dataSize)));
                }
                return false;
            }
            record++;
            if (!record(in, h, at, dataEnd)) {
                return false;
            }
        }
        if (in.offset() > dataEnd) {
            listener.warning(record, String.format(Locale.ROOT, "ends at byte %d, past the declared end of the data "
                    + "at byte %d; the file is damaged, nothing after it is read", in.offset(), dataEnd));
            return false;
        }
        int computed = in.crc();
        int lo = in.read();
        int hi = in.read();
        if (hi < 0) {
            listener.warning(0, "the file CRC is missing (the file ends at byte " + in.offset() + ")");
            return false;
        }
        int stored = lo | hi << 8;
        if (stored != computed) {
            listener.warning(0, String.format(Locale.ROOT, "file CRC at byte %d is 0x%04X, computed 0x%04X: some "
                    + "bytes changed after writing; the values may be wrong", in.offset() - 2, stored, computed));
        }
        return true;
    }

    private static long remaining(FitInput in) throws IOException {
        return in.skip(Long.MAX_VALUE) + 1;
    }

    /** One record whose header byte {@code h} started at byte {@code at}; false when decoding must stop. */
    private boolean record(FitInput in, int h, long at, long dataEnd) throws IOException {
        if ((h & 0x80) != 0) {
            int local = (h >> 5) & 0x3;
            int offset = h & 0x1F;
            long timestamp = FitTime.NONE;
            if (lastTimestamp != FitTime.NONE) {
                long base = lastTimestamp & ~0x1FL;
                timestamp = offset >= (lastTimestamp & 0x1F) ? base + offset : base + offset + 0x20;
                lastTimestamp = timestamp;
            }
            return data(in, local, at, timestamp);
        }
        int local = h & 0xF;
        if ((h & 0x40) != 0) {
            return definition(in, local, (h & 0x20) != 0, at);
        }
        return data(in, local, at, FitTime.NONE);
    }

    private boolean definition(FitInput in, int local, boolean developer, long at) throws IOException {
        if (in.read(data, 5) < 5) {
            return cut(at, in);
        }
        int architecture = data[1] & 0xFF;
        boolean bigEndian = architecture == 1;
        int global = FitDefinition.u16(data, 2, bigEndian);
        int count = data[4] & 0xFF;
        int[] number = new int[count];
        int[] size = new int[count];
        int[] type = new int[count];
        if (in.read(data, 3 * count) < 3 * count) {
            return cut(at, in);
        }
        for (int i = 0; i < count; i++) {
            number[i] = data[3 * i] & 0xFF;
            size[i] = data[3 * i + 1] & 0xFF;
            type[i] = data[3 * i + 2] & 0xFF;
        }
        int devBytes = 0;
        if (developer) {
            int devCount = in.read();
            if (devCount < 0 || in.read(data, 3 * devCount) < 3 * devCount) {
                return cut(at, in);
            }
            for (int i = 0; i < devCount; i++) {
                devBytes += data[3 * i + 1] & 0xFF;
            }
        }
        if (architecture > 1) {
            definitions[local] = null;
            listener.warning(record, String.format(Locale.ROOT, "definition at byte %d has architecture %d (expected"
                    + " 0 or 1); skipped, and data messages of local type %d cannot be read until it is redefined",
                    at, architecture, local));
            return true;
        }
        FitDefinition d = new FitDefinition(global, bigEndian, count, number, size, type, devBytes);
        if (d.length > MAX_RECORD) {
            definitions[local] = null;
            listener.warning(record, "definition at byte " + at + " declares " + d.length + "-byte messages; skipped");
            return true;
        }
        definitions[local] = d;
        return true;
    }

    private boolean data(FitInput in, int local, long at, long compressedTimestamp) throws IOException {
        FitDefinition d = definitions[local];
        if (d == null) {
            listener.warning(record, String.format(Locale.ROOT, "data message at byte %d has local type %d, which has "
                    + "no definition: the file is damaged here and nothing after byte %d can be read; the samples "
                    + "before are kept", at, local, at));
            return false;
        }
        if (in.read(data, d.length) < d.length) {
            return cut(at, in);
        }
        long timestamp = compressedTimestamp;
        if (d.timestampOffset >= 0) {
            double t = FitDefinition.decode(data, d.timestampOffset, d.timestampType, d.bigEndian);
            if (!Double.isNaN(t)) {
                timestamp = (long) t;
                lastTimestamp = timestamp;
            }
        }
        switch (d.global) {
            case ACCELEROMETER_DATA -> accelerometer(d, timestamp);
            case THREE_D_SENSOR_CALIBRATION -> calibration(d, timestamp);
            case TIMESTAMP_CORRELATION -> correlation(d);
            case FILE_ID, DEVICE_INFO -> device(d);
            default -> {
                // not needed: skipped by its size
            }
        }
        return true;
    }

    private boolean cut(long at, FitInput in) {
        listener.warning(record, String.format(Locale.ROOT, "the file is cut off inside this record (it starts at "
                + "byte %d, the file ends at byte %d); the samples before are kept", at, in.offset()));
        return false;
    }

    private void accelerometer(FitDefinition d, long timestamp) {
        AccelMessage m = accel;
        m.clear();
        m.timestamp = timestamp;
        for (int i = 0; i < d.count; i++) {
            switch (d.number[i]) {
                case 0 -> {
                    double ms = d.value(data, i, 0);
                    m.timestampMs = d.elements(i) > 0 && !Double.isNaN(ms) ? (long) ms : 0;
                }
                case 1 -> m.offsetCount = array(d, i, m.offsets);
                case 2, 3, 4 -> m.rawCount[d.number[i] - 2] = array(d, i, m.raw[d.number[i] - 2]);
                case 5, 6, 7 -> m.calibratedCount[d.number[i] - 5] = array(d, i, m.calibrated[d.number[i] - 5]);
                case 8, 9, 10 -> m.compressedCount[d.number[i] - 8] = array(d, i, m.compressed[d.number[i] - 8]);
                default -> {
                }
            }
        }
        listener.accelerometer(m, record);
    }

    private int array(FitDefinition d, int i, double[] into) {
        int n = d.elements(i);
        for (int k = 0; k < n; k++) {
            into[k] = d.value(data, i, k);
        }
        return n;
    }

    private void calibration(FitDefinition d, long timestamp) {
        double sensorType = field(d, 0, 0);
        if (sensorType != 0) {
            return; // gyroscope, compass, barometer: not needed
        }
        double factor = field(d, 1, 0);
        double divisor = field(d, 2, 0);
        double level = field(d, 3, 0);
        long[] offsets = new long[3];
        float[] matrix = new float[9];
        int o = d.find(4);
        int mx = d.find(5);
        boolean ok = !Double.isNaN(factor) && !Double.isNaN(divisor) && divisor != 0 && !Double.isNaN(level)
                && o >= 0 && d.elements(o) >= 3 && mx >= 0 && d.elements(mx) >= 9;
        if (ok) {
            for (int k = 0; k < 3 && ok; k++) {
                double v = d.value(data, o, k);
                ok = !Double.isNaN(v);
                offsets[k] = (long) v;
            }
            for (int k = 0; k < 9 && ok; k++) {
                double v = d.value(data, mx, k);
                ok = !Double.isNaN(v);
                matrix[k] = FitCalibration.scaledMatrixValue((long) v);
            }
        }
        if (!ok) {
            listener.warning(record, "accelerometer three_d_sensor_calibration with a missing or invalid factor, "
                    + "divisor, level shift, offset_cal or orientation_matrix; skipped");
            return;
        }
        listener.calibration(new FitCalibration(timestamp, (long) factor, (long) divisor, (long) level, offsets,
                matrix), record);
    }

    private void correlation(FitDefinition d) {
        double utc = field(d, 253, 0);
        double sys = field(d, 1, 0);
        if (Double.isNaN(utc) || Double.isNaN(sys) || FitTime.isSystemTime((long) utc)) {
            listener.warning(record, "timestamp_correlation without a valid UTC timestamp and system_timestamp; "
                    + "skipped");
            return;
        }
        long utcMs = (long) utc * 1000 + millis(d, 4, 0);
        long sysMs = (long) sys * 1000 + millis(d, 5, 2);
        listener.correlation(new FitCorrelation(utcMs, sysMs), record);
    }

    /** {@code *_ms} field {@code msField}, else the fractional field (1/32768 s), else 0. */
    private long millis(FitDefinition d, int msField, int fractionField) {
        double ms = field(d, msField, 0);
        if (!Double.isNaN(ms)) {
            return (long) ms;
        }
        double fraction = field(d, fractionField, 0);
        return Double.isNaN(fraction) ? 0 : Math.round(fraction * 1000 / 32768);
    }

    private void device(FitDefinition d) {
        if (deviceSeen) {
            return;
        }
        double manufacturer = field(d, d.global == FILE_ID ? 1 : 2, 0);
        double product = field(d, d.global == FILE_ID ? 2 : 4, 0);
        if (!Double.isNaN(manufacturer)) {
            deviceSeen = true;
            listener.device("device: manufacturer " + manufacturerName((int) manufacturer)
                    + (Double.isNaN(product) ? "" : ", product " + (long) product));
        }
    }

    static String manufacturerName(int id) {
        return switch (id) {
            case 1 -> "garmin (1)";
            case 255 -> "development (255)";
            default -> String.valueOf(id);
        };
    }

    private double field(FitDefinition d, int number, int k) {
        int i = d.find(number);
        return i < 0 || d.elements(i) <= k ? Double.NaN : d.value(data, i, k);
    }
}
