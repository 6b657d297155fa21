package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static List<Path> fixtureExports() throws IOException {
        try (Stream<Path> files = Files.list(Cli.sessions())) {
            return files.filter(Inputs::isExport).sorted().toList();
        }
    }

    @Test
    void jsonWritesOneObjectPerFileWithEveryContractField() throws IOException {
        List<Path> exports = fixtureExports().subList(0, 2);
        Cli cli = Cli.run("analyze", exports.get(0).toString(), exports.get(1).toString(), "--json");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode report = JSON.readTree(line);
            for (String field : List.of("file", "format", "sampleRateHz", "start", "durationS")) {
                assertThat(report.path("source").has(field)).as("source." + field).isTrue();
            }
            assertThat(report.at("/totals/jumps").isInt()).isTrue();
            assertThat(report.at("/totals/contacts").isInt()).isTrue();
            for (String field : List.of("level", "unit", "min", "max", "counted", "status")) {
                assertThat(report.path("volume").has(field)).as("volume." + field).isTrue();
            }
            assertThat(report.path("warnings").isArray()).isTrue();
            assertThat(report.path("config").path("freeFallThresholdG").isNumber()).isTrue();
            assertThat(report.path("jumps").isArray()).isTrue();
            for (JsonNode jump : report.path("jumps")) {
                for (String field : List.of("takeoffS", "touchdownS", "flightTimeS", "heightM", "peakG", "rfdBwPerS",
                        "feet", "set", "flags")) {
                    assertThat(jump.has(field)).as("jumps[]." + field).isTrue();
                }
            }
            for (JsonNode set : report.path("sets")) {
                for (String field : List.of("startS", "endS", "jumps", "contacts", "restBeforeS")) {
                    assertThat(set.has(field)).as("sets[]." + field).isTrue();
                }
            }
        }
    }

    @Test
    void goesOnAfterABadFileAndExitsWithSomeFilesFailed() throws IOException {
        Path good = fixtureExports().get(0);
        Path bad = temp.resolve("broken.csv");
        Files.writeString(bad, "timestamp,x,y,z\nnot,a,number,row\n");
        Cli cli = Cli.run("analyze", bad.toString(), good.toString(), "--json");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(cli.err()).contains("plyometer: error: " + bad).contains("1 of 2 file(s) failed");
        assertThat(cli.err().lines().filter(l -> l.contains("error:")).toList()).hasSize(1);
        assertThat(cli.out().lines().toList()).hasSize(1).allSatisfy(l -> assertThat(l).contains(good.toString()));
    }

    @Test
    void saysSoWhenThereIsNoInput() {
        Cli cli = Cli.run("analyze", temp.toString());
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(cli.err()).contains("no exports found");
    }

    @Test
    void aMissingFileIsAFailedFileNotACrash() {
        Cli cli = Cli.run("analyze", temp.resolve("nope.csv").toString());
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(cli.err()).contains("nope.csv").doesNotContain("Exception");
    }

    @Test
    void anUnknownLevelIsAUsageError() throws IOException {
        Cli cli = Cli.run("analyze", fixtureExports().get(0).toString(), "--level", "elite");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("beginner, intermediate or advanced");
    }

    @Test
    void outWritesJsonAndMarkdownPerInput() throws IOException {
        Path export = fixtureExports().get(0);
        Cli cli = Cli.run("analyze", export.toString(), "--out", temp.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String base = Inputs.baseName(export);
        assertThat(temp.resolve(base + ".json")).exists();
        assertThat(Files.readString(temp.resolve(base + ".md"))).startsWith("# Plyometric session: ");
    }

    @Test
    void theSameInputGivesByteIdenticalReports() throws IOException {
        Path export = fixtureExports().get(0);
        String first = Cli.run("analyze", export.toString(), "--json").out();
        String second = Cli.run("analyze", export.toString(), "--json").out();
        assertThat(first).isEqualTo(second).isNotEmpty();
    }

    @Test
    void countingLandingsHalvesTwoFootVolume() throws IOException {
        Path export = fixtureExports().get(0);
        JsonNode contacts = JSON.readTree(Cli.run("analyze", export.toString(), "--json", "--stance", "two-foot").out());
        JsonNode landings = JSON.readTree(Cli.run("analyze", export.toString(), "--json", "--stance", "two-foot",
                "--count", "landings").out());
        assertThat(landings.at("/volume/unit").asText()).isEqualTo("landings");
        assertThat(contacts.at("/volume/unit").asText()).isEqualTo("foot-contacts");
        assertThat(contacts.at("/volume/counted").asInt()).isEqualTo(2 * landings.at("/volume/counted").asInt());
    }

    @Test
    void severalThreadsWriteExactlyWhatOneThreadWrites() {
        Cli one = Cli.run("analyze", "fixtures/sessions", "--json", "--threads", "1");
        Cli three = Cli.run("analyze", "fixtures/sessions", "--json", "--threads", "3");
        assertThat(one.exitCode()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(one.out().lines().count()).isGreaterThan(10);
    }

    @Test
    void aNegativeThreadCountIsAUsageError() throws IOException {
        Cli cli = Cli.run("analyze", fixtureExports().get(0).toString(), "--threads", "-1");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpListsTheExitCodes() {
        Cli cli = Cli.run("analyze", "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("Exit codes:").contains("4  some files failed");
    }
}
