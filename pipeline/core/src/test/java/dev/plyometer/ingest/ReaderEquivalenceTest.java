package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast and the general reader must give identical samples: same times, bit-identical doubles, same lines,
 * same warnings. Checked on generated files covering every time encoding and every way of stating units.
 */
class ReaderEquivalenceTest {
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final String[] LINE_ENDS = {"\n", "\r\n"};

    @TempDir
    Path dir;

    static Stream<Arguments> everyTimeEncodingWithEveryUnit() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (CsvGenerator.TimeStyle time : CsvGenerator.TimeStyle.values()) {
            for (CsvGenerator.UnitStyle units : CsvGenerator.UnitStyle.values()) {
                seed++;
                char delimiter = DELIMITERS[(int) (seed % 3)];
                String lineEnd = LINE_ENDS[(int) (seed / 3 % 2)];
                cases.add(Arguments.of(new CsvGenerator.Spec(time, units, delimiter, lineEnd, 400, 0.03, -1, seed)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTimeEncodingWithEveryUnit")
    void fastAndGeneralReadersGiveIdenticalSamples(CsvGenerator.Spec spec) throws IOException {
        Path file = dir.resolve("generated.csv");
        CsvGenerator.write(file, spec);
        ImportOptions options = spec.time() == CsvGenerator.TimeStyle.NONE
                ? new ImportOptions(100, null, false) : ImportOptions.DEFAULTS;

        Outcome fast = Outcome.fast(file, options);
        Outcome general = Outcome.general(file, options);

        assertThat(fast.error).as("import error").isNull();
        assertThat(fast.parser()).isEqualTo("parser: fast");
        assertThat(general.parser()).isEqualTo("parser: general (forced)");
        Outcome.assertIdentical(fast, general, spec.toString());
        assertThat(fast.stats.skippedRows()).as("spoiled rows are skipped").isPositive();
        assertThat(fast.info.units()).isEqualTo(expectedUnits(spec.units()));
    }

    @Test
    void identicalAcrossBlockAndUnitInferenceBoundaries() throws IOException {
        for (CsvGenerator.TimeStyle time : List.of(CsvGenerator.TimeStyle.EPOCH_NS, CsvGenerator.TimeStyle.ISO_ZULU,
                CsvGenerator.TimeStyle.SECONDS_SCIENTIFIC)) {
            Path file = dir.resolve(time + ".csv");
            CsvGenerator.Spec spec = new CsvGenerator.Spec(time, CsvGenerator.UnitStyle.M_S2_INFERRED, ',', "\n",
                    30_000, 0.01, -1, 99);
            CsvGenerator.write(file, spec);
            Outcome fast = Outcome.fast(file, ImportOptions.DEFAULTS);
            Outcome general = Outcome.general(file, ImportOptions.DEFAULTS);
            Outcome.assertIdentical(fast, general, spec.toString());
            assertThat(fast.blocks).isGreaterThan(3);
            assertThat(fast.stats.warnings()).hasSize(SampleAssembler.MAX_WARNINGS + 1);
        }
    }

    @Test
    void switchesToTheGeneralReaderAtAQuoteMidFileWithoutChangingSamples() throws IOException {
        Path file = dir.resolve("quote-mid-file.csv");
        CsvGenerator.Spec spec = new CsvGenerator.Spec(CsvGenerator.TimeStyle.EPOCH_MS, CsvGenerator.UnitStyle.G_HEADER,
                ',', "\r\n", 5000, 0.01, 4000, 5);
        CsvGenerator.write(file, spec);

        Outcome fast = Outcome.fast(file, ImportOptions.DEFAULTS);
        Outcome general = Outcome.general(file, ImportOptions.DEFAULTS);

        assertThat(fast.parser()).isEqualTo("parser: fast");
        Outcome.assertIdentical(fast, general, spec.toString());
        // The quoted value spans two physical lines, so the rows after it are one line further down.
        assertThat(fast.line[fast.size - 1]).isGreaterThan(fast.stats.rows() + 1);
    }

    private static String expectedUnits(CsvGenerator.UnitStyle units) {
        return units.perG == 1 ? "g" : units.perG == 1000 ? "milli-g" : "m/s2";
    }
}
