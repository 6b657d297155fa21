package dev.plyometer.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Parses one time cell from bytes: the byte parsers first, {@link TimeText} for anything they leave alone. One
 * instance per import; {@link #value} holds the last result so that the hot loop allocates nothing.
 */
final class ByteTimeParser {
    private final TimeEncoding encoding;
    private final DecimalBytes numbers = new DecimalBytes();
    /** Nanoseconds of the last successful {@link #parse}. */
    long value;

    ByteTimeParser(TimeEncoding encoding) {
        this.encoding = encoding;
    }

    /** @return false when {@code b[from, to)} is not a time in this encoding */
    boolean parse(byte[] b, int from, int to) {
        int start = DecimalBytes.trimStart(b, from, to);
        int end = DecimalBytes.trimEnd(b, start, to);
        long v = switch (encoding.kind()) {
            case ISO -> IsoBytes.parse(b, start, end);
            case PATTERN -> encoding.pattern().parse(b, start, end);
            default -> numbers.scanScaled(b, start, end, encoding.scale()) == end ? numbers.scaled
                    : DecimalBytes.NOT_FAST;
        };
        if (v != DecimalBytes.NOT_FAST) {
            value = v;
            return true;
        }
        if (encoding.kind() == TimeEncoding.Kind.PATTERN) {
            return false; // the layout parser is the only one; nothing to fall back on
        }
        try {
            value = TimeText.parse(new String(b, start, end - start, StandardCharsets.UTF_8), encoding);
            return true;
        } catch (RuntimeException e) {
            if (TimeText.isFailure(e)) {
                return false;
            }
            throw e;
        }
    }
}
