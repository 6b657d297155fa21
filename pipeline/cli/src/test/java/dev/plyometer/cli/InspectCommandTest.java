package dev.plyometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plyometer.ingest.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every field {@code inspect --json} documents (README, "inspect"). */
    static final List<String> FIELDS = List.of("schema", "file", "format", "formatEvidence", "units", "unitsEvidence",
            "gravity", "clock", "timeColumn", "timeEncoding", "start", "durationS", "samples", "rows", "skippedRows",
            "bytes", "sampleRateHz", "medianIntervalS", "gapCount", "missingS", "gaps", "duplicateRows",
            "duplicateTimes", "outOfOrderRows", "droppedLateRows", "clippingLevelG", "clippedSamples", "axisColumns",
            "ignoredColumns", "notes", "warnings");

    @TempDir
    Path temp;

    private static String fixture(String name) {
        return Cli.sessions().resolve(name + ".csv").toString();
    }

    @Test
    void printsTheDetectedDialectUnitsClockAndColumns() {
        Cli cli = Cli.run("inspect", fixture("format-geneactiv-waist-100hz"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("  format    geneactiv (line 3: Device Type,GENEActiv)")
                .contains("  units     g (GENEActiv CSV (always g))")
                .contains("  gravity   included: median |a| 1.01 g over the first 2048 rows")
                .contains("  time      column \"time (column 1)\", date-time yyyy-MM-dd HH:mm:ss:SSS UTC+01:00, "
                        + "absolute clock")
                .contains("  start     2026-11-20T09:00:00Z")
                .contains("  rate      100.0 Hz (median interval 10.000 ms)")
                .contains("  columns   x, y, z = \"x (column 2)\", \"y (column 3)\", \"z (column 4)\"; ignored: "
                        + "\"light (lux) (column 5)\", \"button (column 6)\", \"temperature (°C) (column 7)\"");
    }

    @Test
    void reportsGapsRepeatsAndOrderOfAnImperfectExport() {
        Cli cli = Cli.run("inspect", fixture("imperfect-export-waist-100hz"));
        assertThat(cli.out()).contains("  gaps      3, 3.58 s missing: ")
                .contains("  repeats   4 identical row(s) dropped")
                .contains("  order     2 row(s) put back in order, 0 dropped as too late");
    }

    @Test
    void jsonHasEveryDocumentedFieldAndNothingElse() throws IOException {
        Cli cli = Cli.run("inspect", "--json", fixture("format-polar-sensor-logger-waist-100hz"),
                fixture("rope-skip-ankle-200hz"));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
            assertThat(node.path("schema").asText()).isEqualTo("plyometer.inspect/1");
        }
        JsonNode rope = JSON.readTree(lines.get(1));
        assertThat(rope.path("clippedSamples").asLong()).isPositive();
        assertThat(rope.path("clippingLevelG").asDouble()).isEqualTo(16.0);
    }

    @Test
    void formatOverridesDetection() {
        String file = fixture("format-metabase-new-waist-100hz");
        assertThat(Cli.run("inspect", file).out()).contains("  format    metabase-new (header on line 1: Epoch,X,Y,Z)");
        assertThat(Cli.run("inspect", file, "--format", "csv-generic").out())
                .contains("  format    csv-generic (given by the user (--format csv-generic))");
        assertThat(Cli.run("analyze", file, "--format", "csv-generic").out()).contains("source    csv-generic,");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheKnownOnes() {
        for (String command : List.of("inspect", "analyze")) {
            Cli cli = Cli.run(command, fixture("format-phyphox-waist-100hz"), "--format", "garmin-watch");
            assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err()).contains("unknown format \"garmin-watch\"; expected one of: "
                    + String.join(", ", Formats.known()));
        }
    }

    @Test
    void aBadFileIsOneErrorLineAndTheOthersAreStillInspected() throws IOException {
        Path bad = temp.resolve("accelerometer.csv");
        StringBuilder s = new StringBuilder("time,seconds_elapsed,z,y,x\n");
        for (int i = 0; i < 50; i++) {
            s.append(1727600000000000000L + 10_000_000L * i).append(',').append(0.01 * i).append(",0.01,-0.02,0.015\n");
        }
        Files.writeString(bad, s);
        Cli cli = Cli.run("inspect", bad.toString(), fixture("format-sensor-logger-waist-100hz"));
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(cli.err()).contains("plyometer: error: " + bad + ": gravity is not in this signal")
                .contains("use TotalAcceleration.csv").doesNotContain("Exception");
        assertThat(cli.out()).contains("  format    sensor-logger");
    }

    @Test
    void aFileWithoutTimeColumnNeedsTheSampleRate() throws IOException {
        Path file = temp.resolve("phone.csv");
        StringBuilder s = new StringBuilder("ax,ay,az,gx,gy,gz\n");
        for (int i = 0; i < 100; i++) {
            s.append("0.01,-0.02,0.99,0.1,0.2,0.3\n");
        }
        Files.writeString(file, s);
        Cli without = Cli.run("inspect", file.toString());
        assertThat(without.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(without.err()).contains("pass --sample-rate HZ");
        Cli with = Cli.run("inspect", file.toString(), "--sample-rate", "50");
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(with.out()).contains("  rate      50.0 Hz").contains("ignored: \"gx\", \"gy\", \"gz\"");
    }
}
