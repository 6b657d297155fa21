package dev.plyometer.ingest.fitjson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads FIT-derived JSON with Jackson's streaming parser, one message at a time (never a tree of the document, never a
 * list of samples). The dialect is recognised from the document's shape as it streams by:
 *
 * <table>
 *   <caption>dialects</caption>
 *   <tr><th>{@code SourceInfo.format()}</th><th>shape</th></tr>
 *   <tr><td>{@code fit-json-garmin-sdk}</td><td>an object of camelCase arrays {@code accelerometerDataMesgs}, …, at the
 *       root or under {@code messages} (the JS SDK's {@code {messages, errors}})</td></tr>
 *   <tr><td>{@code fit-json-fit-file-parser}</td><td>an object whose {@code messages} object holds snake_case arrays
 *       ({@code messages.accelerometer_data}); root keys of the same name hold only the last message and are
 *       ignored</td></tr>
 *   <tr><td>{@code fit-json-fitparse}</td><td>an array of {@code {"type": NAME, "data": {...}}} (fitdump -t json;
 *       keys in any order, one-element arrays written as scalars)</td></tr>
 *   <tr><td>{@code fit-json-fitdecode}</td><td>an array of frames; {@code "frame_type": "data_message"} frames carry
 *       {@code "name"} and {@code "fields": [{"name", "value", …}]} (fitdecode's fitjson)</td></tr>
 * </table>
 *
 * <p>Field names may be camelCase or snake_case, times ISO-8601 (with {@code Z}, an offset, or none: UTC) or FIT
 * seconds. Calibration and correlation messages may come after the data: when the first accelerometer message needs
 * one that has not been seen, the document is read twice, first for those messages only.
 */
public final class FitJsonImporter {
    public static final String GARMIN_SDK = "fit-json-garmin-sdk";
    public static final String FIT_FILE_PARSER = "fit-json-fit-file-parser";
    public static final String FITPARSE = "fit-json-fitparse";
    public static final String FITDECODE = "fit-json-fitdecode";

    /** FastDoubleParser is exact (correctly rounded) and several times faster than {@code Double.parseDouble}. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private FitJsonImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws ImportException when the document is not FIT-derived JSON or holds no readable sample
     */
    public static ImportStats read(Path file, String displayName, SampleSink sink) {
        return FirstPassNeeded.readInOneOrTwoPasses(context -> pass(file, displayName, context, sink),
                found -> pass(file, displayName, found, null));
    }

    /** One pass; with {@code sink == null} a first pass that only collects calibrations and correlations. */
    private static ImportStats pass(Path file, String displayName, FitContext context, SampleSink sink) {
        Walker walker = new Walker(displayName, context, sink);
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            walker.walk(p);
            return walker.finish(p.currentLocation().getByteOffset());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String what = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
            return walker.broken(line, what);
        } catch (NoSuchFileException e) {
            throw new ImportException(displayName, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(displayName, 0, "permission denied");
        } catch (IOException e) {
            throw new ImportException(displayName, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Walks one document, recognising the dialect from its shape. */
    private static final class Walker {
        private final String file;
        private final FitSampleWriter writer;
        private final TextMessageRouter router;
        private final TextMessage message = new TextMessage();
        private String format;
        private long bytes;

        Walker(String file, FitContext context, SampleSink sink) {
            this.file = file;
            this.writer = sink == null ? null : new FitSampleWriter(file, "fit-json", true, context, sink);
            this.router = new TextMessageRouter(writer, context);
        }

        void walk(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                object(p, true);
            } else if (t == JsonToken.START_ARRAY) {
                frames(p);
            } else {
                throw new ImportException(file, line(p), "expected a JSON object or array of FIT messages");
            }
        }

        /** An object of message arrays: the root, or a {@code messages} object. */
        private void object(JsonParser p, boolean root) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (root && "messages".equals(key) && v == JsonToken.START_OBJECT) {
                    object(p, false);
                } else if (v == JsonToken.START_ARRAY && (!root || key.endsWith("Mesgs"))) {
                    dialect(key.endsWith("Mesgs") || !key.contains("_") && !key.equals(key.toLowerCase(
                            java.util.Locale.ROOT)) ? GARMIN_SDK : FIT_FILE_PARSER);
                    messages(p, TextMessage.kind(key));
                } else {
                    p.skipChildren(); // root keys of fit-file-parser (the last message only), errors, anything else
                }
            }
        }

        /** An array of messages of one kind. */
        private void messages(JsonParser p, TextMessage.Kind kind) throws IOException {
            if (kind == TextMessage.Kind.OTHER || kind == TextMessage.Kind.ACCELEROMETER_DATA && writer == null) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long line = line(p);
                message.clear();
                fields(p);
                router.route(kind, message, line);
            }
        }

        /** The fields of one message object, by name; the parser is on its START_OBJECT. */
        private void fields(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int slot = TextMessage.slot(p.currentName());
                p.nextToken();
                if (slot < 0) {
                    p.skipChildren();
                } else {
                    value(p, slot);
                }
            }
        }

        /** A scalar or an array of scalars into {@code slot}; the parser is on its first token. */
        private void value(JsonParser p, int slot) throws IOException {
            message.startValue(slot);
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    scalar(p, t, slot);
                }
            } else {
                scalar(p, t, slot);
            }
        }

        private void scalar(JsonParser p, JsonToken t, int slot) throws IOException {
            switch (t) {
                case VALUE_NUMBER_INT -> message.add(slot, p.getLongValue());
                case VALUE_NUMBER_FLOAT -> message.add(slot, p.getDoubleValue());
                case VALUE_STRING -> message.addText(slot, p.getText());
                case START_OBJECT, START_ARRAY -> {
                    p.skipChildren();
                    message.add(slot, Double.NaN);
                }
                default -> message.add(slot, Double.NaN); // null: FIT's invalid marker
            }
        }

        /** A root array: fitparse messages or fitdecode frames. */
        private void frames(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                long line = line(p);
                message.clear();
                String type = null;
                String frameType = null;
                boolean read = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.VALUE_STRING && ("type".equals(key) || "name".equals(key))) {
                        type = p.getText();
                    } else if (v == JsonToken.VALUE_STRING && "frame_type".equals(key)) {
                        frameType = p.getText();
                        dialect(FITDECODE);
                    } else if (v == JsonToken.START_OBJECT && "data".equals(key)) {
                        dialect(FITPARSE);
                        fields(p);
                        read = true;
                    } else if (v == JsonToken.START_ARRAY && "fields".equals(key)) {
                        fieldList(p);
                        read = true;
                    } else {
                        p.skipChildren();
                    }
                }
                if (read && type != null && (frameType == null || "data_message".equals(frameType))) {
                    router.route(TextMessage.kind(type), message, line);
                }
            }
        }

        /** fitdecode's {@code [{"name": …, "value": …, …}, …]}; a value before its name is not used. */
        private void fieldList(JsonParser p) throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                int slot = -1;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if ("name".equals(key) && p.currentToken() == JsonToken.VALUE_STRING) {
                        slot = TextMessage.slot(p.getText());
                    } else if ("value".equals(key) && slot >= 0) {
                        value(p, slot);
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }

        private void dialect(String f) {
            if (format == null) {
                format = f;
                if (writer != null) {
                    writer.format(f);
                }
            }
        }

        private static long line(JsonParser p) {
            return p.currentLocation().getLineNr();
        }

        ImportStats finish(long byteOffset) {
            bytes = byteOffset;
            if (writer == null) {
                return null;
            }
            if (format == null) {
                throw new ImportException(file, 0, "a JSON document that is not FIT-derived: expected the output of "
                        + "Garmin's FIT SDK (accelerometerDataMesgs), fit-file-parser (messages.accelerometer_data), "
                        + "fitparse's fitdump (type/data) or fitdecode's fitjson (frames)");
            }
            return writer.finish(bytes);
        }

        /** Malformed or cut-off JSON at {@code line}: keeps the samples before it, with a warning. */
        ImportStats broken(long line, String what) {
            if (writer == null) {
                return null;
            }
            writer.warn(line, "the JSON breaks off here (" + what + "); the samples before are kept");
            if (format == null) {
                throw new ImportException(file, line, "malformed JSON (" + what + ")");
            }
            return writer.finish(bytes);
        }

    }
}
