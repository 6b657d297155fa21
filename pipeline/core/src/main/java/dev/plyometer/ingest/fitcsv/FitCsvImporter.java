package dev.plyometer.ingest.fitcsv;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleSink;
import dev.plyometer.ingest.fit.FirstPassNeeded;
import dev.plyometer.ingest.fit.FitContext;
import dev.plyometer.ingest.fit.FitSampleWriter;
import dev.plyometer.ingest.fit.TextMessage;
import dev.plyometer.ingest.fit.TextMessageRouter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV of Garmin's FitCSVTool: CSV, but FIT messages, so it shares the FIT readers' calibration and time
 * logic ({@link FitSampleWriter}). Two layouts, told apart by the first line (after a UTF-8 BOM):
 *
 * <ul>
 *   <li>{@code fitcsvtool}: {@code Type,Local Number,Message,Field 1,Value 1,Units 1,…}; one row per definition or
 *       data message, {@code Data} rows carry (field, value, units) triples;</li>
 *   <li>{@code fitcsvtool-data} ({@code --data}): a flat table with headers {@code message.field[units]}, one row per
 *       message; calibration columns repeat on every row.</li>
 * </ul>
 *
 * Values are quoted, arrays {@code |}-joined, times FIT seconds or ISO-8601 ({@code -iso8601}), enums numbers or
 * labels. Lines are read one at a time, at most {@link #MAX_LINE_CHARS} characters each.
 */
public final class FitCsvImporter {
    public static final String MESSAGES = "fitcsvtool";
    public static final String DATA = "fitcsvtool-data";
    /** A longer line is refused: no FitCSVTool row comes near it, and it bounds memory. */
    public static final int MAX_LINE_CHARS = 1 << 20;
    private static final String MESSAGE_HEADER = "Type,Local Number,Message";

    private FitCsvImporter() {
    }

    /**
     * The layout a file's first line announces, or null when it is not FitCSVTool output.
     *
     * @param head the first bytes of the file (a UTF-8 BOM is skipped)
     */
    public static String recognise(byte[] head, int length) {
        int from = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        int end = from;
        while (end < length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        String first = new String(head, from, end - from, StandardCharsets.UTF_8);
        if (first.startsWith(MESSAGE_HEADER)) {
            return MESSAGES;
        }
        return first.contains("accelerometer_data.") ? DATA : null;
    }

    /**
     * Reads {@code file}.
     *
     * @throws ImportException when the file holds no readable sample, or a line is absurdly long
     */
    public static ImportStats read(Path file, String displayName, SampleSink sink) {
        return FirstPassNeeded.readInOneOrTwoPasses(context -> pass(file, displayName, context, sink),
                found -> pass(file, displayName, found, null));
    }

    private static ImportStats pass(Path file, String displayName, FitContext context, SampleSink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            CountingReader reader = new CountingReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            FitSampleWriter writer = sink == null ? null
                    : new FitSampleWriter(displayName, MESSAGES, true, context, sink);
            TextMessageRouter router = new TextMessageRouter(writer, context);
            String header = reader.line(displayName);
            if (header == null) {
                throw new ImportException(displayName, 1, "empty file");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            if (header.startsWith(MESSAGE_HEADER)) {
                messageRows(displayName, reader, router);
            } else {
                if (writer != null) {
                    writer.format(DATA);
                }
                dataTable(displayName, header, reader, router);
            }
            return writer == null ? null : writer.finish(reader.chars);
        } catch (NoSuchFileException e) {
            throw new ImportException(displayName, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(displayName, 0, "permission denied");
        } catch (IOException e) {
            throw new ImportException(displayName, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** {@code Data,<local>,<message>,<field>,<value>,<units>,…} rows; definitions are not needed. */
    private static void messageRows(String file, CountingReader reader, TextMessageRouter router) throws IOException {
        TextMessage message = new TextMessage();
        List<String> cells = new ArrayList<>();
        String line;
        while ((line = reader.line(file)) != null) {
            if (!line.startsWith("Data,")) {
                continue;
            }
            split(line, cells);
            if (cells.size() < 3) {
                continue;
            }
            TextMessage.Kind kind = TextMessage.kind(cells.get(2));
            if (kind == TextMessage.Kind.OTHER) {
                continue;
            }
            message.clear();
            for (int i = 3; i + 1 < cells.size(); i += 3) {
                String name = cells.get(i);
                if (name.isEmpty()) {
                    break;
                }
                int slot = TextMessage.slot(name);
                if (slot >= 0) {
                    value(message, slot, cells.get(i + 1));
                }
            }
            router.route(kind, message, reader.lines);
        }
    }

    /** The {@code --data} table: columns {@code message.field[units]}, one message (or several) per row. */
    private static void dataTable(String file, String header, CountingReader reader, TextMessageRouter router)
            throws IOException {
        List<String> names = new ArrayList<>();
        split(header, names);
        int n = names.size();
        TextMessage.Kind[] kinds = new TextMessage.Kind[n];
        int[] slots = new int[n];
        List<TextMessage.Kind> order = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String name = names.get(c);
            int dot = name.indexOf('.');
            int bracket = name.indexOf('[');
            kinds[c] = dot < 0 ? TextMessage.Kind.OTHER : TextMessage.kind(name.substring(0, dot));
            slots[c] = dot < 0 ? -1
                    : TextMessage.slot(name.substring(dot + 1, bracket <= dot ? name.length() : bracket));
            if (kinds[c] != TextMessage.Kind.OTHER && !order.contains(kinds[c])) {
                order.add(kinds[c]);
            }
        }
        if (!order.contains(TextMessage.Kind.ACCELEROMETER_DATA)) {
            throw new ImportException(file, 1, "a FitCSVTool data table without accelerometer_data columns");
        }
        // calibrations and correlations of a row before its samples
        order.sort((a, b) -> Boolean.compare(a == TextMessage.Kind.ACCELEROMETER_DATA,
                b == TextMessage.Kind.ACCELEROMETER_DATA));
        TextMessage message = new TextMessage();
        List<String> cells = new ArrayList<>();
        String line;
        while ((line = reader.line(file)) != null) {
            if (line.isEmpty()) {
                continue;
            }
            split(line, cells);
            for (TextMessage.Kind kind : order) {
                message.clear();
                for (int c = 0; c < n && c < cells.size(); c++) {
                    if (kinds[c] == kind && slots[c] >= 0 && !cells.get(c).isEmpty()) {
                        value(message, slots[c], cells.get(c));
                    }
                }
                if (!message.isEmpty()) {
                    router.route(kind, message, reader.lines);
                }
            }
        }
    }

    /** A cell: one value or {@code |}-joined values. */
    private static void value(TextMessage message, int slot, String cell) {
        message.startValue(slot);
        int from = 0;
        while (true) {
            int bar = cell.indexOf('|', from);
            String part = bar < 0 ? cell.substring(from) : cell.substring(from, bar);
            if (part.isEmpty()) {
                message.add(slot, Double.NaN);
            } else {
                message.addText(slot, part);
            }
            if (bar < 0) {
                return;
            }
            from = bar + 1;
        }
    }

    /** Splits a CSV line on commas outside quotes; {@code ""} inside quotes is a quote. */
    static void split(String line, List<String> into) {
        into.clear();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                into.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        into.add(cell.toString());
    }

    /** Reads lines of at most {@link #MAX_LINE_CHARS} characters, counting lines and characters. */
    private static final class CountingReader {
        private final Reader in;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int limit;
        private final StringBuilder line = new StringBuilder();
        long lines;
        long chars;

        CountingReader(Reader in) {
            this.in = in;
        }

        String line(String file) throws IOException {
            line.setLength(0);
            boolean any = false;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        lines++;
                        return line.toString();
                    }
                }
                any = true;
                char c = buf[pos++];
                chars++;
                if (c == '\n') {
                    lines++;
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= MAX_LINE_CHARS) {
                    throw new ImportException(file, lines + 1, "a line longer than " + MAX_LINE_CHARS
                            + " characters; expected FitCSVTool rows");
                }
                line.append(c);
            }
        }
    }
}
