package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One import per file in {@code src/test/resources/ingest/cases}; see the README there for the control files. */
class CsvImportCasesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = casesDir();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsAsTheControlFileSays(String name) throws IOException, URISyntaxException {
        Path csv = casesDir().resolve(name);
        List<Map.Entry<String, String>> expected = control(csv.resolveSibling(name.replace(".csv", ".expected")));
        double rate = Double.parseDouble(value(expected, "option.sampleRateHz", "0"));
        ImportOptions options = new ImportOptions(rate, value(expected, "option.units", null), false,
                value(expected, "option.format", null));

        Outcome fast = Outcome.fast(csv, options);
        Outcome general = Outcome.general(csv, options);

        Outcome.assertIdentical(fast, general, name);
        for (Map.Entry<String, String> e : expected) {
            check(fast, e.getKey(), e.getValue());
        }
        if (value(expected, "error", null) == null) {
            assertThat(fast.error).as("error").isNull();
        }
    }

    private static void check(Outcome o, String key, String want) {
        if (key.equals("error")) {
            assertThat(o.error).isEqualTo(want);
            return;
        }
        if (key.startsWith("option.")) {
            return;
        }
        assertThat(o.error).as("error").isNull();
        SourceInfo info = o.info;
        switch (key) {
            case "parser" -> assertThat(o.parser()).isEqualTo("parser: " + want);
            case "info.format" -> assertThat(info.format()).isEqualTo(want);
            case "info.formatEvidence" -> assertThat(info.formatEvidence()).isEqualTo(want);
            case "info.ignoredColumns" -> assertThat(String.join(", ", info.ignoredColumns())).isEqualTo(want);
            case "info.gravity" -> assertThat(info.gravity()).isEqualTo(want);
            case "info.timeColumn" -> assertThat(Objects.toString(info.timeColumn())).isEqualTo(want);
            case "info.timeEncoding" -> assertThat(info.timeEncoding()).isEqualTo(want);
            case "info.absoluteClock" -> assertThat(Boolean.toString(info.absoluteClock())).isEqualTo(want);
            case "info.start" -> assertThat(Objects.toString(info.start())).isEqualTo(want);
            case "info.axisColumns" -> assertThat(String.join(", ", info.axisColumns())).isEqualTo(want);
            case "info.units" -> assertThat(info.units()).isEqualTo(want);
            case "info.unitsEvidence" -> assertThat(info.unitsEvidence()).isEqualTo(want);
            case "info.note" -> assertThat(info.notes()).contains(want);
            case "stats.rows" -> assertThat(o.stats.rows()).isEqualTo(Long.parseLong(want));
            case "stats.samples" -> assertThat(o.stats.samples()).isEqualTo(Long.parseLong(want));
            case "stats.skippedRows" -> assertThat(o.stats.skippedRows()).isEqualTo(Long.parseLong(want));
            case "warning" -> assertThat(o.stats.warnings()).contains(want);
            default -> {
                if (!key.startsWith("sample.")) {
                    throw new IllegalArgumentException("unknown key in control file: " + key);
                }
                String which = key.substring("sample.".length());
                int i = which.equals("last") ? o.size - 1 : Integer.parseInt(which);
                assertThat(o.size).as("samples").isGreaterThan(i);
                String[] v = want.split(" ");
                assertThat(o.time[i]).as(key + " time").isEqualTo(Long.parseLong(v[0]));
                assertThat(o.x[i]).as(key + " x").isCloseTo(Double.parseDouble(v[1]), within(1e-12));
                assertThat(o.y[i]).as(key + " y").isCloseTo(Double.parseDouble(v[2]), within(1e-12));
                assertThat(o.z[i]).as(key + " z").isCloseTo(Double.parseDouble(v[3]), within(1e-12));
                assertThat(o.line[i]).as(key + " line").isEqualTo(Long.parseLong(v[4]));
            }
        }
    }

    private static List<Map.Entry<String, String>> control(Path file) throws IOException {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf(" = ");
            if (eq < 0) {
                throw new IllegalArgumentException(file + ": expected key = value, found " + line);
            }
            entries.add(new SimpleEntry<>(line.substring(0, eq).strip(), line.substring(eq + 3).strip()));
        }
        return entries;
    }

    private static String value(List<Map.Entry<String, String>> entries, String key, String otherwise) {
        return entries.stream().filter(e -> e.getKey().equals(key)).map(Map.Entry::getValue).findFirst()
                .orElse(otherwise);
    }

    private static Path casesDir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(CsvImportCasesTest.class.getResource("/ingest/cases")).toURI());
    }
}
