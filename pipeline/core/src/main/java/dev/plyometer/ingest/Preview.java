package dev.plyometer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a file split into physical lines ({@code \n}, {@code \r\n} or {@code \r}), for the dialect decision.
 * An unfinished last line is left out unless the preview is the whole file.
 */
final class Preview {
    record Line(long number, int start, int end, int next) {
    }

    final byte[] bytes;
    final int length;
    final boolean eof;
    final boolean bom;
    final List<Line> lines;

    private Preview(byte[] bytes, int length, boolean eof, boolean bom, List<Line> lines) {
        this.bytes = bytes;
        this.length = length;
        this.eof = eof;
        this.bom = bom;
        this.lines = List.copyOf(lines);
    }

    static Preview of(String file, byte[] b, int length, boolean eof) {
        boolean bom = length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        List<Line> lines = new ArrayList<>();
        long number = 1;
        int from = bom ? 3 : 0;
        int start = from;
        for (int i = from; i <= length; i++) {
            boolean atEnd = i == length;
            if (!atEnd && b[i] != '\n' && b[i] != '\r') {
                if (i - start >= CsvSniffer.MAX_LINE) {
                    throw CsvSniffer.tooLong(file, number);
                }
                continue;
            }
            if (atEnd && (!eof || start == length)) {
                break;
            }
            int next = atEnd ? length : b[i] == '\r' && i + 1 < length && b[i + 1] == '\n' ? i + 2 : i + 1;
            lines.add(new Line(number++, start, i, next));
            start = next;
            i = next - 1;
        }
        return new Preview(b, length, eof, bom, lines);
    }

    int size() {
        return lines.size();
    }

    Line line(int index) {
        return lines.get(index);
    }

    String text(int index) {
        Line line = lines.get(index);
        return new String(bytes, line.start(), line.end() - line.start(), StandardCharsets.UTF_8);
    }

    /** The index of the first non-blank line at or after {@code from}, or -1. */
    int nonBlank(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!text(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** How much of the file the preview holds, for messages ("in the first 128 KiB"). */
    String extent() {
        return "the first " + (bytes.length / 1024) + " KiB";
    }
}
