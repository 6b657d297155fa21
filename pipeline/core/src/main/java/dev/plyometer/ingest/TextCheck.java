package dev.plyometer.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Refuses binary files early, from their first KiB, instead of producing thousands of "not a number" warnings. */
final class TextCheck {
    private TextCheck() {
    }

    static final int CHECKED_BYTES = 1024;

    /**
     * @param eof true when {@code b[0, length)} is the whole file
     * @return why these bytes are not UTF-8 text, or {@code null} when they are
     */
    static String problem(byte[] b, int length, boolean eof) {
        if (length >= 12 && b[8] == '.' && b[9] == 'F' && b[10] == 'I' && b[11] == 'T') {
            return "not a text CSV: this is a FIT file";
        }
        if (length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "not a UTF-8 text CSV: the file is UTF-16; save it as UTF-8";
        }
        int n = Math.min(length, CHECKED_BYTES);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "not a text CSV: found a NUL byte at offset " + i + " in the first KiB";
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // A multi-byte character cut at the end of the checked bytes is not an error unless the file ends there.
        CoderResult result = decoder.decode(ByteBuffer.wrap(b, 0, n), CharBuffer.allocate(n), eof && n == length);
        if (result.isError()) {
            return "not a text CSV: the first KiB is not valid UTF-8 text";
        }
        return null;
    }
}
