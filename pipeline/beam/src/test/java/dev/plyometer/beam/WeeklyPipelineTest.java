package dev.plyometer.beam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plyometer.cli.CliRunner;
import dev.plyometer.report.Json;
import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly aggregation per athlete and ISO week on Beam equals {@code plyometer weekly} over the same sessions
 * uploaded to a history: the multi-week history fixtures of two athletes in two time zones.
 */
class WeeklyPipelineTest {
    @TempDir
    Path temp;

    @Test
    void directRunnerWritesTheSameWeeklyJsonAsTheCli() throws IOException {
        Path history = PlyometerPipelineTest.root().resolve("fixtures/history");
        Path manifestFile = history.resolve("history.json");
        JsonNode manifest = Json.mapper().readTree(manifestFile.toFile());
        Path archive = temp.resolve("archive");
        for (JsonNode session : manifest.path("sessions")) {
            Path folder = Files.createDirectories(archive.resolve(session.path("athlete").asText()));
            String file = session.path("file").asText();
            Files.copy(history.resolve(file), folder.resolve(file));
            String plan = session.path("plan").asText();
            Files.copy(history.resolve(plan), folder.resolve(plan));
        }
        Path out = temp.resolve("out");
        PipelineResult.State state = PlyometerPipelineTest.run("DirectRunner", archive + "/*/*", out,
                archive.toString(), "--athletes=" + manifestFile);
        assertThat(state).isEqualTo(PipelineResult.State.DONE);

        List<String> checked = new ArrayList<>();
        for (JsonNode athlete : manifest.path("athletes")) {
            String name = athlete.path("name").asText();
            Path data = temp.resolve("data-" + name);
            CliRunner.run("athlete", "add", name, "--level", athlete.path("level").asText(), "--zone",
                    athlete.path("timeZone").asText(), "--strength-start", athlete.path("strengthProgramStart").asText(),
                    "--sessions-per-week", athlete.path("sessionsPerWeek").asText(), "--data", data.toString());
            List<String> upload = new ArrayList<>(List.of("upload", "--athlete", name, "--data", data.toString()));
            try (Stream<Path> files = Files.list(archive.resolve(name))) {
                files.filter(f -> !f.toString().endsWith(".plan.csv")).sorted().forEach(f -> upload.add(f.toString()));
            }
            CliRunner.run(upload.toArray(String[]::new));
            List<String> weeks = new ArrayList<>();
            manifest.path("sessions").forEach(s -> {
                if (s.path("athlete").asText().equals(name)) {
                    weeks.add(s.path("week").asText());
                }
            });
            weeks.sort(null);
            String cli = CliRunner.run("weekly", "--athlete", name, "--from", weeks.get(0), "--to",
                    weeks.get(weeks.size() - 1), "--json", "--data", data.toString());
            assertThat(Files.readString(out.resolve("weekly").resolve(name + ".json"))).as(name).isEqualTo(cli);
            checked.add(name);
        }
        assertThat(checked).containsExactly("ana", "ben");
    }
}
