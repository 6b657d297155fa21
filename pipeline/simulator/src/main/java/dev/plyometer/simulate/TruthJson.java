package dev.plyometer.simulate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.plyometer.validate.Truth;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link Truth} as pretty-printed JSON that is byte-identical across runs, platforms and JDKs: properties in
 * record order, two-space indent, {@code \n} line ends (not the platform's), and doubles written from a 6-decimal
 * rounding as plain decimals (not the JDK's shortest-repr {@code Double.toString}, which changed in JDK 19).
 */
final class TruthJson {
    private static final ObjectWriter WRITER = writer();

    private TruthJson() {
    }

    static void write(Truth truth, Path file) throws IOException {
        Files.writeString(file, toJson(truth), StandardCharsets.UTF_8);
    }

    static String toJson(Truth truth) throws IOException {
        return WRITER.writeValueAsString(truth) + "\n";
    }

    static Truth read(Path file) throws IOException {
        return new ObjectMapper().readValue(file.toFile(), Truth.class);
    }

    private static ObjectWriter writer() {
        SimpleModule doubles = new SimpleModule("plain-doubles");
        JsonSerializer<Double> plain = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeNumber(plain(value));
            }
        };
        doubles.addSerializer(Double.class, plain);
        doubles.addSerializer(Double.TYPE, plain);
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        return new ObjectMapper().registerModule(doubles).writer(printer);
    }

    /** Rounded to 6 decimals, plain notation, at least one decimal: {@code 100.0}, {@code 0.4321}. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("truth values must be finite: " + value);
        }
        long micro = Math.round(value * 1e6);
        String s = BigDecimal.valueOf(micro, 6).stripTrailingZeros().toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }
}
