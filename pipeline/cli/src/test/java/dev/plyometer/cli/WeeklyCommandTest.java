package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plyometer.simulate.HistoryCatalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly report over the committed multi-week history of two athletes. */
class WeeklyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    @TempDir
    Path temp;

    private static HistoryCatalog.Manifest manifest;

    @BeforeAll
    static void load() {
        manifest = HistoryFixture.load(data);
    }

    private static JsonNode weekly(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("weekly", "--data", data.toString(), "--json"));
        args.addAll(List.of(extra));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        return JSON.readTree(cli.out());
    }

    private static JsonNode week(JsonNode report, String week) {
        for (JsonNode w : report.path("weeks")) {
            if (w.path("week").asText().equals(week)) {
                return w;
            }
        }
        throw new AssertionError("no week " + week + " in " + report);
    }

    @Test
    void weeklyTotalsEqualTheSumOfTheSessionsTruth() throws IOException {
        for (HistoryCatalog.Athlete a : manifest.athletes()) {
            Map<String, int[]> truth = new TreeMap<>();
            for (HistoryCatalog.Session s : HistoryFixture.sessionsOf(manifest, a.name())) {
                int[] t = truth.computeIfAbsent(s.week(), w -> new int[3]);
                t[0]++;
                t[1] += s.contacts();
                t[2] += s.landings();
            }
            JsonNode report = weekly("--athlete", a.name());
            assertThat(report.path("weeks")).extracting(w -> w.path("week").asText())
                    .containsExactlyElementsOf(truth.keySet());
            for (Map.Entry<String, int[]> e : truth.entrySet()) {
                JsonNode w = week(report, e.getKey());
                assertThat(w.path("sessions").asInt()).as(a.name() + " " + e.getKey()).isEqualTo(e.getValue()[0]);
                assertThat(w.path("contacts").asInt()).as(a.name() + " " + e.getKey()).isEqualTo(e.getValue()[1]);
                assertThat(w.path("landings").asInt()).as(a.name() + " " + e.getKey()).isEqualTo(e.getValue()[2]);
                int detail = 0;
                for (JsonNode s : w.path("sessionsDetail")) {
                    detail += s.path("contacts").asInt();
                }
                assertThat(detail).isEqualTo(e.getValue()[1]);
            }
        }
    }

    @Test
    void jsonHasTheDocumentedContract() throws IOException {
        JsonNode r = weekly("--athlete", "ana");
        assertThat(r.path("schema").asText()).isEqualTo("plyometer.weekly/1");
        assertThat(r.path("athlete").asText()).isEqualTo("ana");
        JsonNode w = r.path("weeks").get(0);
        for (String field : List.of("week", "start", "end", "sessions", "contacts", "landings", "counted", "intensity",
                "highIntensityBeforeStrengthBase", "shortestHoursBetweenSessions", "sessionsDetail", "change",
                "flags", "notes")) {
            assertThat(w.has(field)).as("weeks[]." + field).isTrue();
        }
        JsonNode s = w.path("sessionsDetail").get(0);
        for (String field : List.of("id", "start", "date", "contacts", "landings", "counted", "status",
                "hoursSincePrevious", "intensity", "sets", "flags")) {
            assertThat(s.has(field)).as("sessionsDetail[]." + field).isTrue();
        }
        assertThat(r.path("config").path("minHoursBetweenSessions").asDouble()).isEqualTo(48.0);
        assertThat(r.path("config").path("strengthBaseWeeks").asInt()).isEqualTo(4);
    }

    @Test
    void aSessionAfterMidnightOnMondayInBerlinIsInTheNewWeek() throws IOException {
        // ana-2026-10-26-0020: 00:20 on Monday 26 October in Berlin, 23:20 on Sunday in UTC
        JsonNode w44 = week(weekly("--athlete", "ana"), "2026-W44");
        assertThat(w44.path("sessionsDetail").get(0).path("start").asText()).isEqualTo("2026-10-26T00:20:00+01:00");
        assertThat(w44.path("start").asText()).isEqualTo("2026-10-26");
    }

    @Test
    void aSundayNightSessionInNewYorkStaysInItsWeekThoughUtcIsMonday() throws IOException {
        // ben-2026-11-08-2330: 23:30 on Sunday 8 November in New York, 04:30 on Monday in UTC
        JsonNode w45 = week(weekly("--athlete", "ben"), "2026-W45");
        assertThat(w45.path("sessionsDetail")).extracting(s -> s.path("start").asText())
                .contains("2026-11-08T23:30:00-05:00");
    }

    @Test
    void hoursBetweenSessionsAcrossTheClockChangeAreRealHours() throws IOException {
        // Saturday 31 October 18:00 EDT to Monday 2 November 17:00 EST: 47 h on the wall clock, 48 real hours
        JsonNode w45 = week(weekly("--athlete", "ben"), "2026-W45");
        JsonNode monday = w45.path("sessionsDetail").get(0);
        assertThat(monday.path("start").asText()).isEqualTo("2026-11-02T17:00:00-05:00");
        assertThat(monday.path("hoursSincePrevious").asDouble()).isEqualTo(48.0);
        assertThat(monday.path("flags")).isEmpty();
    }

    @Test
    void flagsShortRecoveryExtraSessionsAndHighIntensityBeforeTheStrengthBase() throws IOException {
        JsonNode ana = weekly("--athlete", "ana");
        assertThat(week(ana, "2026-W43").path("flags")).extracting(JsonNode::asText)
                .contains("high-intensity-before-strength-base");
        assertThat(week(ana, "2026-W44").path("flags")).extracting(JsonNode::asText)
                .contains("short-recovery", "more-sessions-than-planned", "high-intensity-before-strength-base");
        // the strength base is in place from 2 November (5 October + 4 weeks)
        assertThat(week(ana, "2026-W45").path("highIntensityBeforeStrengthBase").asInt()).isZero();
        assertThat(week(ana, "2026-W45").path("flags")).extracting(JsonNode::asText).contains("over-range")
                .doesNotContain("high-intensity-before-strength-base");
    }

    @Test
    void oneWeekAskedForComparesWithTheWeeksBefore() throws IOException {
        JsonNode r = weekly("--athlete", "ana", "--week", "2026-W45");
        assertThat(r.path("weeks")).hasSize(1);
        assertThat(r.path("weeks").get(0).path("change").path("comparedWeeks").asInt()).isEqualTo(2);
        JsonNode range = weekly("--athlete", "ana", "--from", "2026-10-26", "--to", "2026-W45");
        assertThat(range.path("weeks")).extracting(w -> w.path("week").asText())
                .containsExactly("2026-W44", "2026-W45");
    }

    @Test
    void textAndMarkdownAndOutFiles() throws IOException {
        Cli text = Cli.run("weekly", "--athlete", "ben", "--data", data.toString());
        assertThat(text.out()).contains("2026-W45").contains("Changes are described, not predicted");
        Cli md = Cli.run("weekly", "--athlete", "ben", "--markdown", "--out", temp.toString(), "--data",
                data.toString());
        assertThat(md.out()).startsWith("# Weekly plyometric volume: ben, 2026-W43 to 2026-W45");
        assertThat(temp.resolve("ben-weekly-2026-W43-2026-W45.json")).exists();
        assertThat(Files.readString(temp.resolve("ben-weekly-2026-W43-2026-W45.md"))).isEqualTo(md.out());
        assertThat(md.err()).contains("plyometer: wrote " + temp.resolve("ben-weekly-2026-W43-2026-W45.html")
                + ", .json, .md, .weeks.csv and .sessions.csv");
        String once = Cli.run("weekly", "--athlete", "ben", "--week", "2026-W45", "--data", data.toString()).out();
        String twice = Cli.run("weekly", "--athlete", "ben", "--week", "2026-W45", "--data", data.toString()).out();
        assertThat(once).isEqualTo(twice).isNotEmpty();
    }

    @Test
    void outWritesTheHtmlAndTheCsvsBesideTheJsonAndMarkdown() throws IOException {
        Cli cli = Cli.run("weekly", "--athlete", "ana", "--out", temp.toString(), "--generated-at",
                "2026-01-02T03:04:05Z", "--data", data.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonNode json = JSON.readTree(temp.resolve("ana-weekly-2026-W43-2026-W46.json").toFile());
        String html = Files.readString(temp.resolve("ana-weekly-2026-W43-2026-W46.html"));
        Document doc = Jsoup.parse(html);
        int sessions = 0;
        for (JsonNode w : json.path("weeks")) {
            sessions += w.path("sessions").asInt();
        }
        assertThat(doc.select("#chart-sessions rect[data-session]")).hasSize(sessions).hasSize(8);
        assertThat(doc.select("table.weeks tbody tr")).hasSize(json.path("weeks").size());
        assertThat(doc.selectFirst("#generated-at").attr("datetime"))
                .isEqualTo(Instant.parse("2026-01-02T03:04:05Z").toString());
        List<String> weeks = Files.readAllLines(temp.resolve("ana-weekly-2026-W43-2026-W46.weeks.csv"));
        List<String> rows = Files.readAllLines(temp.resolve("ana-weekly-2026-W43-2026-W46.sessions.csv"));
        assertThat(weeks).hasSize(1 + json.path("weeks").size());
        assertThat(rows).hasSize(1 + sessions);
        assertThat(rows.get(0)).startsWith("athlete,week,session,start,");
        assertThat(Files.readString(temp.resolve("ana-weekly-2026-W43-2026-W46.sessions.csv"))).contains("\r\n");
    }
}
