package dev.plyometer.report.html;

import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.testing.Repo;
import dev.plyometer.volume.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SessionHtmlTest {
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @ParameterizedTest
    @ValueSource(strings = {"short-rests-single-leg-waist-100hz", "rope-skip-ankle-200hz", "mixed-waist-25hz",
            "imperfect-export-waist-100hz", "locomotion-waist-100hz"})
    void marksEveryJumpOnceInTheTraceAndChartsEachLanding(String name) {
        Sessions s = Sessions.analyse(name);
        Document doc = Jsoup.parse(SessionHtml.render(s.report(), s.trace(), AT));
        int jumps = s.report().totals().jumps();
        assertThat(doc.select("svg#trace g.jump[data-jump]")).hasSize(jumps);
        assertThat(doc.select("#chart-flight rect[data-jump]")).hasSize(jumps);
        assertThat(doc.select("#chart-peak rect[data-jump]")).hasSize(jumps);
        assertThat(doc.select("table.jumps tbody tr")).hasSize(jumps);
        assertThat(doc.select(".zoom button[data-set]")).hasSize(s.report().totals().sets());
        assertThat(doc.select("svg#trace rect.gap")).hasSize(s.report().quality().gaps().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"beginner", "intermediate", "advanced"})
    void theGaugeStatesTheVolumeStatus(String level) {
        Sessions s = Sessions.analyse("rope-skip-ankle-200hz", Level.parse(level), null);
        Document doc = Jsoup.parse(SessionHtml.render(s.report(), s.trace(), AT));
        Element gauge = doc.selectFirst("figure.gauge");
        assertThat(gauge).isNotNull();
        assertThat(gauge.attr("data-status")).isEqualTo(s.report().volume().status());
        assertThat(gauge.selectFirst("figcaption").text()).startsWith(switch (s.report().volume().status()) {
            case "over" -> "Over the limit";
            case "below" -> "Below the range";
            default -> "Within the range";
        });
        assertThat(doc.selectFirst(".marker-label.count").text()).isEqualTo("240 foot-contacts");
        assertThat(doc.selectFirst(".marker-label.other").text()).isEqualTo("120 landings");
    }

    @Test
    void withholdsRfdWithTheReasonBelowItsSampleRate() {
        Sessions s = Sessions.analyse("mixed-waist-25hz");
        Document doc = Jsoup.parse(SessionHtml.render(s.report(), s.trace(), AT));
        assertThat(doc.select("#chart-rfd")).isEmpty();
        assertThat(doc.selectFirst("[data-withheld=rfd]").text()).contains("at 25 Hz").contains("100 Hz");
    }

    @Test
    void greysOutEachLandingWhoseRfdWasWithheld() {
        Sessions s = Sessions.analyse("short-rests-single-leg-waist-100hz");
        Document doc = Jsoup.parse(SessionHtml.render(s.report(), s.trace(), AT));
        long withheld = s.report().jumps().stream().filter(j -> j.rfdBwPerS() == null).count();
        assertThat(withheld).isPositive();
        assertThat(doc.select("#chart-rfd rect.missing")).hasSize((int) withheld)
                .allSatisfy(r -> assertThat(r.selectFirst("title").text()).contains("RFD withheld: the rise"));
        assertThat(doc.select("#chart-rfd rect.bar")).hasSize(s.report().jumps().size() - (int) withheld);
    }

    @Test
    void theGaugeDrawsTheCountsUncertaintyBandAndSaysWhenItStraddlesTheLimit() {
        Sessions far = Sessions.analyse("squat-jumps-waist-100hz");
        Document certain = Jsoup.parse(SessionHtml.render(far.report(), far.trace(), AT));
        assertThat(certain.select("#gauge rect.uncertainty")).hasSize(1);
        assertThat(certain.select("p.uncertainty").attr("data-uncertainty")).isEqualTo("certain");
        assertThat(certain.select("p.uncertainty").text()).contains("under the limit either way");

        // 120 landings against the intermediate maximum of 120: the band reaches over it
        java.nio.file.Path file = dev.plyometer.testing.Repo.fixtures().resolve("sessions/rope-skip-ankle-200hz.csv");
        dev.plyometer.signal.EnvelopeRecorder envelope = new dev.plyometer.signal.EnvelopeRecorder();
        SessionReport atLimit = new SessionAnalyzer(dev.plyometer.session.AnalysisOptions.DEFAULTS
                .withLevel(Level.INTERMEDIATE).withUnit(dev.plyometer.volume.CountUnit.LANDINGS)
                .withPlan(file.resolveSibling("rope-skip-ankle-200hz.plan.csv"))).analyze(file, "rope.csv", envelope);
        assertThat(atLimit.volume().counted()).isEqualTo(120);
        Document uncertain = Jsoup.parse(SessionHtml.render(atLimit, envelope.trace(), AT));
        assertThat(uncertain.select("p.uncertainty").attr("data-uncertainty")).isEqualTo("uncertain");
        assertThat(uncertain.select("p.uncertainty").text()).contains("is uncertain");
    }

    @Test
    void theSameSessionGivesTheSameBytesExceptTheGenerationTime() {
        Sessions s = Sessions.analyse("imperfect-export-waist-100hz");
        Sessions again = Sessions.analyse("imperfect-export-waist-100hz");
        String first = SessionHtml.render(s.report(), s.trace(), AT);
        assertThat(SessionHtml.render(again.report(), again.trace(), AT)).isEqualTo(first);
        String later = SessionHtml.render(s.report(), s.trace(), AT.plusSeconds(3600));
        assertThat(later).isNotEqualTo(first);
        assertThat(maskGeneratedAt(later)).isEqualTo(maskGeneratedAt(first));
    }

    @Test
    void loadsNothingFromOutsideTheFile() {
        Sessions s = Sessions.analyse("depth-jumps-waist-200hz");
        String html = SessionHtml.render(s.report(), s.trace(), AT);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[src], link, iframe, object, embed, img, use")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        // the script names the SVG namespace to create elements: an identifier, never fetched
        assertThat(html.replace("'http://www.w3.org/2000/svg'", "")).doesNotContain("http://", "https://",
                "@import", "url(", "@font-face");
    }

    @Test
    void thePolicyAllowsOnlyTheReportsOwnScript() throws Exception {
        Sessions s = Sessions.analyse("box-jumps-waist-50hz");
        Document doc = Jsoup.parse(SessionHtml.render(s.report(), s.trace(), AT));
        assertThat(doc.select("script")).hasSize(1);
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(doc.selectFirst("script").data().getBytes(StandardCharsets.UTF_8)));
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).contains("default-src 'none'").contains("script-src 'sha256-" + digest + "'");
    }

    @Test
    void hostileNamesAndWarningsShowAsWrittenAndInjectNothing() {
        String hostile = "a <script>alert('x')</script> & \"Ünïcødé\" <img src=x onerror=alert(1)> jump's.csv";
        Sessions s = Sessions.analyse("short-rests-single-leg-waist-100hz", Level.BEGINNER, hostile);
        Document doc = Jsoup.parse(SessionHtml.render(s.report(), s.trace(), AT));
        assertThat(doc.title()).isEqualTo("Plyometric session: " + hostile);
        assertThat(doc.selectFirst("header .file code").text()).isEqualTo(hostile);
        assertThat(doc.select("#warnings li")).isNotEmpty()
                .allSatisfy(li -> assertThat(li.text()).startsWith(hostile + ": "));
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().hasKey("onerror")).isFalse());
    }

    @Test
    void recordingTheTraceLeavesTheJsonContractUnchanged() {
        Path file = Repo.fixtures().resolve("sessions/imperfect-export-waist-100hz.csv");
        AnalysisOptions options = AnalysisOptions.DEFAULTS
                .withPlan(file.resolveSibling("imperfect-export-waist-100hz.plan.csv"));
        SessionReport plain = new SessionAnalyzer(options).analyze(file);
        Sessions traced = Sessions.analyse("imperfect-export-waist-100hz");
        assertThat(Json.pretty(traced.report())).isEqualTo(Json.pretty(plain));
    }

    static String maskGeneratedAt(String html) {
        return html.replaceAll("<time id=\"" + HtmlPage.GENERATED_AT_ID + "\"[^>]*>[^<]*</time>", "<time/>");
    }
}
