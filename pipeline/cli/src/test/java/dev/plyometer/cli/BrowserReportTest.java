package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plyometer.report.html.WeeklyHtml;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import dev.plyometer.weekly.AthleteSettings;
import dev.plyometer.weekly.SessionSummary;
import dev.plyometer.weekly.SetBreakdown;
import dev.plyometer.weekly.WeeklyReports;
import dev.plyometer.weekly.WeeklyThresholds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The session and weekly reports in a real browser: headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) opens the file from disk, runs its script, and must show one marker per jump (per session
 * in a weekly report), the right gauge status (each week's status) and no console message at all; a screenshot is
 * taken of each. Skipped, saying why, only where Chromium is missing.
 */
class BrowserReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2026-01-02T03:04:05Z";
    /** Screenshots are kept here for a person to look at. */
    private static final Path SHOTS = Paths.get("pipeline/cli/target/browser");

    @TempDir
    static Path temp;

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static HeadlessChromium chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        chromium = new HeadlessChromium(Files.createDirectories(temp.resolve("chromium")));
        Files.createDirectories(SHOTS);
    }

    /** Each test, not the class, is skipped, so the run counts them as skipped and says why. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(chromium.available(), "Chromium is not installed at " + chromium.binary() + ", so the browser "
                + "test is skipped (apt-get install chromium; CI installs it)");
    }

    /** Analyses one export into its own folder and returns the HTML report and the JSON one. */
    private static Path[] report(Path export, String... options) {
        Path out = temp.resolve("out-" + RUNS.incrementAndGet());
        List<String> args = new ArrayList<>(List.of("analyze", export.toString(), "--out", out.toString(),
                "--generated-at", AT));
        args.addAll(List.of(options));
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        String base = Inputs.baseName(export);
        return new Path[] {out.resolve(base + ".html"), out.resolve(base + ".json")};
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "short-rests-single-leg-waist-100hz, beginner, foot-contacts, below",
            "rope-skip-ankle-200hz, beginner, foot-contacts, over",
            "rope-skip-ankle-200hz, advanced, landings, within",
            "locomotion-waist-100hz, beginner, foot-contacts, below"})
    void showsOneMarkerPerJumpAndTheGaugeStatusWithoutConsoleErrors(String name, String level, String unit,
                                                                   String status) throws IOException {
        Path[] files = report(Cli.sessions().resolve(name + ".csv"), "--level", level, "--count", unit);
        JsonNode json = JSON.readTree(files[1].toFile());
        assertThat(json.at("/volume/status").asText()).as("the fixture's status").isEqualTo(status);

        HeadlessChromium.Page page = chromium.load(files[0].toUri().toString());
        assertThat(page.console()).as("console messages").isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.selectFirst("html").attr("data-ready")).as("the report's script ran to the end")
                .isEqualTo("yes");
        assertThat(dom.selectFirst("html").hasAttr("data-js-error")).isFalse();
        assertThat(dom.select("svg#trace g.jump[data-jump]")).hasSize(json.at("/totals/jumps").asInt());
        Element gauge = dom.selectFirst("figure.gauge");
        assertThat(gauge.attr("data-status")).isEqualTo(status);
        assertThat(gauge.selectFirst("figcaption").text().toLowerCase(java.util.Locale.ROOT))
                .startsWith(status.equals("over") ? "over the limit" : status + " the range");

        Path png = SHOTS.resolve(name + "-" + level + "-" + unit + ".png");
        Files.deleteIfExists(png);
        HeadlessChromium.Page shot = chromium.screenshot(files[0].toUri().toString(), png, 1200, 1600);
        assertThat(shot.console()).isEmpty();
        assertThat(pngSize(png)).containsExactly(1200, 1600);
    }

    @Test
    void zoomsOntoTheSetNamedInTheAddress() throws IOException {
        Path[] files = report(Cli.sessions().resolve("short-rests-single-leg-waist-100hz.csv"));
        JsonNode set2 = JSON.readTree(files[1].toFile()).at("/sets/1");
        HeadlessChromium.Page page = chromium.load(files[0].toUri() + "#set-2");
        assertThat(page.console()).isEmpty();
        Document dom = Jsoup.parse(page.dom());
        Element trace = dom.selectFirst("svg#trace");
        double from = Double.parseDouble(trace.attr("data-zoom-from"));
        double to = Double.parseDouble(trace.attr("data-zoom-to"));
        assertThat(from).isLessThan(set2.get("startS").asDouble()).isGreaterThan(set2.get("startS").asDouble() - 10);
        assertThat(to).isGreaterThan(set2.get("endS").asDouble()).isLessThan(set2.get("endS").asDouble() + 10);
        assertThat(dom.selectFirst(".zoom button[data-set=2]").attr("aria-pressed")).isEqualTo("true");
        assertThat(dom.select("svg#trace g.x-axis text.tick")).isNotEmpty().allSatisfy(t -> assertThat(
                Double.parseDouble(t.text())).isBetween(from, to));
    }

    @Test
    void showsAHostileFileNameAsWrittenAndRunsNothingFromIt() throws IOException {
        // no "/": a file name cannot hold one
        String hostile = "<script>alert(1)<script> & \"Zoë's\" <img src=x onerror=alert(2)>";
        Path dir = Files.createDirectories(temp.resolve("hostile"));
        Path export = dir.resolve(hostile + ".csv");
        Files.copy(Cli.sessions().resolve("squat-jumps-waist-100hz.csv"), export);
        Files.copy(Cli.sessions().resolve("squat-jumps-waist-100hz.plan.csv"), dir.resolve(hostile + ".plan.csv"));
        Path[] files = report(export);

        HeadlessChromium.Page page = chromium.load(files[0].toUri().toString());
        assertThat(page.console()).isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.title()).isEqualTo("Plyometric session: " + export);
        assertThat(dom.selectFirst("header .file code").text()).isEqualTo(export.toString());
        assertThat(dom.select("script")).hasSize(1);
        assertThat(dom.select("img")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ana, 2026-W43-2026-W46", "ben, 2026-W43-2026-W45"})
    void weeklyReportShowsOneMarkerPerSessionAndEachWeeksStatusWithoutConsoleErrors(String athlete, String weeks)
            throws IOException {
        Path data = weeklyData();
        Path out = temp.resolve("weekly-" + athlete);
        Cli weekly = Cli.run("weekly", "--athlete", athlete, "--json", "--out", out.toString(), "--generated-at", AT,
                "--data", data.toString());
        assertThat(weekly.exitCode()).as(weekly.err()).isZero();
        JsonNode json = JSON.readTree(weekly.out());
        Path html = out.resolve(athlete + "-weekly-" + weeks + ".html");

        HeadlessChromium.Page page = chromium.load(html.toUri().toString());
        assertThat(page.console()).as("console messages").isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.selectFirst("html").attr("data-ready")).isEqualTo("yes");
        assertThat(dom.selectFirst("html").hasAttr("data-js-error")).isFalse();
        int sessions = 0;
        for (JsonNode w : json.path("weeks")) {
            sessions += w.path("sessions").asInt();
            // the status plyometer check gives the week, or none for a week without sessions
            String expected = "none";
            if (w.path("sessions").asInt() > 0) {
                Cli check = Cli.run("check", "--athlete", athlete, "--week", w.path("week").asText(), "--json",
                        "--data", data.toString());
                expected = JSON.readTree(check.out()).path("status").asText();
            }
            Element row = dom.selectFirst("table.weeks tr[data-week=" + w.path("week").asText() + "]");
            assertThat(row.attr("data-status")).as(athlete + " " + w.path("week").asText()).isEqualTo(expected);
            assertThat(row.selectFirst(".badge").text()).isEqualTo(expected.equals("none") ? "no sessions"
                    : expected + " the range");
        }
        assertThat(dom.select("#chart-sessions rect[data-session]")).hasSize(sessions);
        assertThat(dom.select("#chart-hours rect[data-session]")).hasSize(sessions);

        Path png = SHOTS.resolve("weekly-" + athlete + ".png");
        Files.deleteIfExists(png);
        HeadlessChromium.Page shot = chromium.screenshot(html.toUri().toString(), png, 1200, 2000);
        assertThat(shot.console()).isEmpty();
        assertThat(pngSize(png)).containsExactly(1200, 2000);
    }

    @Test
    void weeklyReportShowsAHostileAthleteNameAsWrittenAndRunsNothingFromIt() throws IOException {
        // the history refuses such a name, but the weekly model takes any: a batch job may feed it one
        String hostile = "<script>alert(1)</script> & \"Zoë\" 'Ødegård' <img src=x onerror=alert(2)>";
        AthleteSettings athlete = new AthleteSettings(hostile, Level.BEGINNER, ZoneId.of("Europe/Berlin"),
                LocalDate.of(2026, 10, 5), 2, CountUnit.FOOT_CONTACTS);
        List<SessionSummary> sessions = List.of(
                new SessionSummary(hostile, 1, Instant.parse("2026-11-02T17:00:00Z"), 90, 45, "within",
                        List.of(new SetBreakdown(1, "rope-skip", "low", 45, 90))),
                new SessionSummary(hostile, 2, Instant.parse("2026-11-03T17:00:00Z"), 104, 52, "over",
                        List.of(new SetBreakdown(1, "squat-jump", "moderate", 52, 104))));
        Path html = temp.resolve("hostile-weekly.html");
        Files.writeString(html, WeeklyHtml.render(WeeklyReports.build(athlete, sessions, null, null,
                WeeklyThresholds.DEFAULTS), Instant.parse(AT)));

        HeadlessChromium.Page page = chromium.load(html.toUri().toString());
        assertThat(page.console()).isEmpty();
        Document dom = Jsoup.parse(page.dom());
        assertThat(dom.title()).isEqualTo("Weekly plyometric volume: " + hostile + ", 2026-W45");
        assertThat(dom.selectFirst(".athlete-name").text()).isEqualTo(hostile);
        assertThat(dom.select("script")).hasSize(1);
        assertThat(dom.select("img")).isEmpty();
        assertThat(dom.selectFirst("html").attr("data-ready")).isEqualTo("yes");
    }

    private static Path weeklyData;

    /** The committed history of both athletes, uploaded once for the weekly tests. */
    private static synchronized Path weeklyData() {
        if (weeklyData == null) {
            weeklyData = temp.resolve("weekly-data");
            HistoryFixture.load(weeklyData);
        }
        return weeklyData;
    }

    @Test
    void theHarnessSeesConsoleErrors() throws IOException {
        Path page = temp.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><title>x</title><script>console.log('hello'); notDefined();</script>");
        HeadlessChromium.Page loaded = chromium.load(page.toUri().toString());
        assertThat(loaded.console()).hasSize(2).anySatisfy(l -> assertThat(l).contains("notDefined"));
    }

    /** Width and height from a PNG's IHDR chunk. */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream in = Files.newInputStream(png); DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertThat(signature).startsWith(0x89, 'P', 'N', 'G');
            data.readInt();
            assertThat(data.readInt()).isEqualTo(0x49484452); // IHDR
            return new int[] {data.readInt(), data.readInt()};
        }
    }
}
