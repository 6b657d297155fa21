package dev.plyometer.report.html;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import dev.plyometer.weekly.AthleteSettings;
import dev.plyometer.weekly.SessionSummary;
import dev.plyometer.weekly.SetBreakdown;
import dev.plyometer.weekly.WeeklyReport;
import dev.plyometer.weekly.WeeklyReports;
import dev.plyometer.weekly.WeeklyThresholds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyHtmlTest {
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static AthleteSettings athlete(String name) {
        return new AthleteSettings(name, Level.BEGINNER, BERLIN, LocalDate.of(2026, 10, 5), 2,
                CountUnit.FOOT_CONTACTS);
    }

    private static SessionSummary session(long id, String startUtc, int ropeSkips, int hops) {
        List<SetBreakdown> sets = hops == 0 ? List.of(new SetBreakdown(1, "rope-skip", "low", ropeSkips, 2 * ropeSkips))
                : List.of(new SetBreakdown(1, "rope-skip", "low", ropeSkips, 2 * ropeSkips),
                new SetBreakdown(2, "single-leg-hop", "high", hops, hops));
        int contacts = 2 * ropeSkips + hops;
        String status = contacts > 100 ? "over" : contacts < 80 ? "below" : "within";
        return new SessionSummary("ana", id, Instant.parse(startUtc), contacts, ropeSkips + hops, status, sets);
    }

    /**
     * W43: 90 and 70 contacts (within, below), 72 h apart. W44: nothing. W45: 110 (over) on Monday and 84 on
     * Tuesday, 23 h later; the hops come after the strength base (2 November).
     */
    private static WeeklyReport report(String name) {
        List<SessionSummary> sessions = List.of(
                session(1, "2026-10-20T16:00:00Z", 45, 0),
                session(2, "2026-10-23T16:00:00Z", 35, 0),
                session(3, "2026-11-02T17:00:00Z", 50, 10),
                session(4, "2026-11-03T16:00:00Z", 42, 0));
        return WeeklyReports.build(athlete(name), sessions, null, null, WeeklyThresholds.DEFAULTS);
    }

    private static Document html(WeeklyReport r) {
        return Jsoup.parse(WeeklyHtml.render(r, AT));
    }

    @Test
    void marksEverySessionOnceInEachPerSessionChartAndKeepsTheEmptyWeek() {
        Document doc = html(report("ana"));
        assertThat(doc.select("#chart-sessions rect[data-session]")).extracting(e -> e.attr("data-session"))
                .containsExactly("1", "2", "3", "4");
        assertThat(doc.select("#chart-hours rect[data-session]")).hasSize(4);
        assertThat(doc.select("#chart-sessions rect.missing")).as("W44's place").hasSize(1);
        assertThat(doc.select("#chart-sessions text.group-label")).extracting(Element::text)
                .containsExactly("2026-W43", "2026-W44", "2026-W45");
        assertThat(doc.select("#chart-weeks rect[data-week]")).hasSize(3);
        assertThat(doc.select("table.sessions tbody tr[data-session]")).hasSize(4);
    }

    @Test
    void colorsEachSessionByItsStatusOverTheLevelsRange() {
        Document doc = html(report("ana"));
        assertThat(doc.select("#chart-sessions rect[data-session]")).extracting(e -> e.attr("data-status"))
                .containsExactly("within", "below", "over", "within");
        assertThat(doc.selectFirst("#chart-sessions rect[data-session=3]").hasClass("st-over")).isTrue();
        assertThat(doc.selectFirst("#chart-sessions rect.band.range title").text()).contains("80–100");
        assertThat(doc.select("#chart-sessions text.reference-label")).extracting(Element::text)
                .containsExactly("limit 100", "minimum 80");
    }

    @Test
    void aWeekIsOverWhenAnySessionIsElseItTakesItsLargestSessionsStatus() {
        Document doc = html(report("ana"));
        assertThat(doc.select("table.weeks tbody tr")).extracting(e -> e.attr("data-status"))
                .containsExactly("within", "none", "over");
        assertThat(doc.select("article.week")).extracting(e -> e.attr("data-status"))
                .containsExactly("within", "none", "over");
        assertThat(doc.selectFirst("table.weeks tr[data-week=2026-W45] .badge").text()).isEqualTo("over the range");
        assertThat(doc.selectFirst("table.weeks tr[data-week=2026-W44] .badge").text()).isEqualTo("no sessions");
    }

    @Test
    void marksSessionsUnderTheRecoveryRule() {
        Document doc = html(report("ana"));
        Element hours = doc.selectFirst("#chart-hours");
        assertThat(hours.select("rect[data-short=true]")).extracting(e -> e.attr("data-session"))
                .containsExactly("4");
        assertThat(hours.select("rect[data-short=false]")).extracting(e -> e.attr("data-session"))
                .containsExactly("2", "3");
        assertThat(hours.selectFirst("rect[data-session=1]").hasClass("missing")).as("nothing before session 1")
                .isTrue();
        assertThat(hours.selectFirst("text.reference-label").text()).isEqualTo("48 h");
        assertThat(doc.selectFirst("table.sessions tr[data-session=4] .flag").attr("data-flag"))
                .isEqualTo("short-recovery");
    }

    @Test
    void showsTheIntensityMixOfEveryWeek() {
        Document doc = html(report("ana"));
        Element w45 = doc.selectFirst("#chart-intensity g.row[data-week=2026-W45]");
        assertThat(w45.select("rect.i-low")).hasSize(1);
        assertThat(w45.select("rect.i-high")).hasSize(1);
        assertThat(w45.selectFirst("rect.i-high title").text()).isEqualTo("2026-W45: 10 high-intensity foot-contacts");
        assertThat(w45.selectFirst("text.right").text()).isEqualTo("194");
        assertThat(doc.selectFirst("#chart-intensity g.row[data-week=2026-W44] text.right").text())
                .isEqualTo("no sessions");
    }

    @Test
    void saysTheFlagsInTheWeeklyModelsWordsAndNeverPredicts() {
        WeeklyReport r = report("ana");
        Document doc = html(r);
        assertThat(doc.select("#week-2026-W45 .week-notes li")).extracting(Element::text)
                .anySatisfy(t -> assertThat(t).startsWith("Session 4 started 23.0 h after session 3; 48 h or more"))
                .anySatisfy(t -> assertThat(t).startsWith("Session 3 was over the beginner range"));
        assertThat(doc.select("#about li")).extracting(Element::text).contains(WeeklyReports.NOT_A_PREDICTION);
        assertThat(doc.text().toLowerCase(java.util.Locale.ROOT)).doesNotContain("risk");
    }

    @Test
    void showsAHostileAthleteNameAsWrittenAndInjectsNothing() {
        String hostile = "<script>alert(1)</script> & \"Zoë\" 'Ødegård' <img src=x onerror=alert(2)>";
        String page = WeeklyHtml.render(report(hostile), AT);
        Document doc = Jsoup.parse(page);
        assertThat(doc.selectFirst(".athlete-name").text()).isEqualTo(hostile);
        assertThat(doc.title()).startsWith("Weekly plyometric volume: " + hostile);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(page).doesNotContain("<script>alert").contains("Zoë").contains("Ødegård");
    }

    @Test
    void isSelfContainedUnderTheReportsContentSecurityPolicy() {
        Document doc = html(report("ana"));
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo(HtmlPage.CSP);
        assertThat(doc.select("link, img, iframe, object, script[src]")).isEmpty();
        assertThat(doc.select("[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(doc.selectFirst("style").data()).contains(".bar.st-over");
    }

    @Test
    void theSameReportGivesTheSameBytesExceptTheGenerationTime() {
        WeeklyReport r = report("ana");
        String once = WeeklyHtml.render(r, AT);
        assertThat(WeeklyHtml.render(report("ana"), AT)).isEqualTo(once);
        String later = WeeklyHtml.render(r, AT.plusSeconds(3600));
        assertThat(later).isNotEqualTo(once);
        String pattern = "<time id=\"generated-at\"[^<]*</time>";
        assertThat(later.replaceAll(pattern, "")).isEqualTo(once.replaceAll(pattern, ""));
    }

    @Test
    void anAthleteWithoutSessionsGetsAPageThatSaysSo() {
        WeeklyReport r = WeeklyReports.build(athlete("ana"), List.of(), null, null, WeeklyThresholds.DEFAULTS);
        Document doc = html(r);
        assertThat(doc.select("svg")).isEmpty();
        assertThat(doc.selectFirst("main").text()).contains("No weeks to show").contains("No sessions are stored");
    }
}
