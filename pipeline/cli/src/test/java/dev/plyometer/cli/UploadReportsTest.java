package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** upload writes each stored session's reports after the commit, and a failure to write them loses nothing. */
class UploadReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2026-01-02T03:04:05Z";

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data().toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private static String history(String file) {
        return HistoryFixture.dir().resolve(file).toString();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEachStoredSessionsReportsIntoTheAthletesReportsFolder() throws IOException {
        Cli cli = run("upload", history("ana-2026-10-20-1830.csv"), history("ana-2026-11-03-1830.csv"), "--athlete",
                "ana", "--generated-at", AT);
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        Path reports = data().resolve("reports/ana");
        assertThat(cli.err()).contains("plyometer: wrote the reports of 2 session(s) to " + reports);
        assertThat(names(reports)).containsExactly(
                "session-1-ana-2026-10-20-1830.html", "session-1-ana-2026-10-20-1830.json",
                "session-1-ana-2026-10-20-1830.jumps.csv", "session-1-ana-2026-10-20-1830.md",
                "session-1-ana-2026-10-20-1830.sets.csv",
                "session-2-ana-2026-11-03-1830.html", "session-2-ana-2026-11-03-1830.json",
                "session-2-ana-2026-11-03-1830.jumps.csv", "session-2-ana-2026-11-03-1830.md",
                "session-2-ana-2026-11-03-1830.sets.csv");
        JsonNode json = JSON.readTree(reports.resolve("session-2-ana-2026-11-03-1830.json").toFile());
        assertThat(json.at("/volume/counted").asInt()).isEqualTo(104);
        assertThat(json.at("/volume/status").asText()).isEqualTo("over");
        Document html = Jsoup.parse(reports.resolve("session-2-ana-2026-11-03-1830.html").toFile());
        assertThat(html.selectFirst("figure.gauge").attr("data-status")).isEqualTo("over");
        assertThat(html.select("svg#trace g.jump[data-jump]")).as("the trace was recorded during the upload")
                .hasSize(json.at("/totals/jumps").asInt());
    }

    @Test
    void theHtmlIsTheOneAnalyzeWritesForTheSameFile() throws IOException {
        String file = history("ana-2026-10-23-1830.csv");
        Path out = temp.resolve("out");
        assertThat(run("upload", file, "--athlete", "ana", "--out", out.toString(), "--generated-at", AT).exitCode())
                .isZero();
        Path analyzed = temp.resolve("analyzed");
        assertThat(Cli.run("analyze", file, "--out", analyzed.toString(), "--generated-at", AT).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("session-1-ana-2026-10-23-1830.html")))
                .isEqualTo(Files.readString(analyzed.resolve("ana-2026-10-23-1830.html")));
        assertThat(Files.readString(out.resolve("session-1-ana-2026-10-23-1830.sets.csv")))
                .isEqualTo(Files.readString(analyzed.resolve("ana-2026-10-23-1830.sets.csv")));
        assertThat(data().resolve("reports")).doesNotExist();
    }

    @Test
    void noReportsWritesNone() {
        Cli cli = run("upload", history("ana-2026-10-23-1830.csv"), "--athlete", "ana", "--no-reports");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).doesNotContain("wrote the reports");
        assertThat(data().resolve("reports")).doesNotExist();
    }

    @Test
    void anAthletesFolderNameIsMadeSafeFromTheirName() throws IOException {
        Cli cli = run("upload", history("ana-2026-10-23-1830.csv"), "--athlete", "Zoë O'Brien");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(names(data().resolve("reports/zo-o-brien"))).hasSize(5);
    }

    @Test
    void reportsThatCannotBeWrittenLeaveTheSessionStoredAndTheSameUploadWritesThemLater()
            throws IOException, SQLException {
        Path blocked = temp.resolve("reports");
        Files.writeString(blocked, "a file where the reports folder should be");
        String file = history("ben-2026-10-19-0700.csv");
        Cli first = run("upload", file, "--athlete", "ben", "--out", blocked.toString(), "--json");
        assertThat(first.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(first.err()).contains("plyometer: error: " + file + ": session 1 is stored and safe, but its "
                        + "reports could not be written to " + blocked + ": " + blocked + " is in the way")
                .contains("run the same upload again to write them")
                .contains("1 stored, 0 unchanged, 0 failed (of 1 file(s)); the reports of 1 stored session(s) could "
                        + "not be written");
        JsonNode line = JSON.readTree(first.out());
        assertThat(line.path("result").asText()).isEqualTo("stored");
        assertThat(line.path("report").isNull()).isTrue();
        assertThat(HistoryDb.sessions(data())).isEqualTo(1);
        HistoryDb.assertSoundAndWhole(data());

        Files.delete(blocked);
        Cli again = run("upload", file, "--athlete", "ben", "--out", blocked.toString(), "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonNode second = JSON.readTree(again.out());
        assertThat(second.path("result").asText()).isEqualTo("unchanged");
        assertThat(second.path("report").asText()).isEqualTo(blocked.resolve("session-1-ben-2026-10-19-0700.html")
                .toString());
        assertThat(names(blocked)).hasSize(5);
        assertThat(HistoryDb.sessions(data())).isEqualTo(1);

        Cli third = run("upload", file, "--athlete", "ben", "--out", blocked.toString());
        assertThat(third.exitCode()).isZero();
        assertThat(third.out().strip()).endsWith("nothing changed");
        assertThat(third.err()).doesNotContain("wrote the reports");
    }

    @Test
    void deletingASessionRemovesItsReportsFromTheDataFolder() throws IOException {
        assertThat(run("upload", history("ana-2026-10-20-1830.csv"), history("ana-2026-10-23-1830.csv"),
                "--athlete", "ana").exitCode()).isZero();
        Cli delete = run("sessions", "delete", "1");
        assertThat(delete.exitCode()).as(delete.err()).isZero();
        Path reports = data().resolve("reports/ana");
        assertThat(delete.err()).contains("plyometer: removed its 5 report file(s) from " + reports);
        assertThat(names(reports)).hasSize(5).allSatisfy(n -> assertThat(n).startsWith("session-2-"));
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
