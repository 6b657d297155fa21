package dev.plyometer.beam;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlyometerPipelineTest {
    @TempDir
    Path temp;

    static Path root() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("fixtures"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    static PipelineResult.State run(String runner, String input, Path output, String baseDir, String... extra) {
        String[] args = Stream.concat(Stream.of("--runner=" + runner, "--input=" + input, "--output=" + output,
                "--baseDir=" + baseDir), Stream.of(extra)).toArray(String[]::new);
        PlyometerOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(PlyometerOptions.class);
        return PlyometerPipeline.build(options).run().waitUntilFinish();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void directRunnerWritesTheSameSessionJsonAsTheCli() throws IOException {
        Path root = root();
        PipelineResult.State state = run("DirectRunner", root + "/fixtures/sessions/*", temp, root.toString());
        assertThat(state).isEqualTo(PipelineResult.State.DONE);
        // the fixtures' folder, sessions/, names the athlete
        List<Path> written = list(temp.resolve("sessions").resolve("sessions"));
        List<Path> cli = list(root.resolve("reports")).stream()
                .filter(p -> p.getFileName().toString().endsWith(".json")).toList();
        assertThat(written).hasSize(cli.size()).isNotEmpty();
        for (Path file : written) {
            Path committed = root.resolve("reports").resolve(file.getFileName());
            assertThat(Files.readString(file)).as(file.getFileName().toString()).isEqualTo(Files.readString(committed));
        }
        assertThat(Files.readString(temp.resolve("failures.txt"))).isEmpty();
        // exports with a relative clock have no date: analysed, but left out of the weekly report, and said so
        assertThat(Files.readAllLines(temp.resolve("notes.txt"))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("left out of the weekly report"))
                .anySatisfy(line -> assertThat(line).startsWith("fixtures/sessions/short-rests-single-leg-waist-100hz"));
        assertThat(temp.resolve("weekly/sessions.json")).exists();
    }

    @Test
    void aBadExportIsListedInFailuresAndTheOthersAreWritten() throws IOException {
        Path root = root();
        Path archive = temp.resolve("archive/ana");
        Files.createDirectories(archive);
        Files.copy(root.resolve("fixtures/sessions/squat-jumps-waist-100hz.csv"), archive.resolve("monday.csv"));
        Files.writeString(archive.resolve("broken.csv"), "timestamp,x,y,z\n1,2\n");
        Path out = temp.resolve("out");
        assertThat(run("DirectRunner", archive + "/*.csv", out, temp.toString())).isEqualTo(PipelineResult.State.DONE);
        assertThat(out.resolve("sessions/ana/monday.json")).exists();
        assertThat(out.resolve("sessions/ana/broken.json")).doesNotExist();
        assertThat(Files.readString(out.resolve("failures.txt"))).startsWith("archive/ana/broken.csv:");
    }
}
