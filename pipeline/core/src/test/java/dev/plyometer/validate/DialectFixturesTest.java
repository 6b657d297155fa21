package dev.plyometer.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plyometer.ingest.CsvDialect;
import dev.plyometer.metrics.Jump;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.testing.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same simulated session is committed once per CSV dialect ({@code fixtures/sessions/format-*}): each file must
 * be recognised as its dialect and give the same jumps as the generic CSV, whatever the app's units, resolution,
 * clock or layout. Small differences come only from how each format rounds the signal (1/256 g integers, whole
 * milli-g, three decimals) and from Physics Toolbox's repeated timestamps, which drop a sample in fifty.
 */
class DialectFixturesTest {
    /**
     * Take-off and touchdown may move by at most this between formats: half the 10 ms sample period (measured: up to
     * 0.3 ms from rounding, 2.1 ms where Physics Toolbox's repeated timestamp drops a sample at a flight's edge).
     */
    static final double MAX_EDGE_SHIFT_S = 0.005;
    /** Impact peaks may differ by this fraction between formats (measured: at most 0.05 %, 1/256 g integers). */
    static final double MAX_PEAK_DIFFERENCE = 0.01;

    private static SessionReport reference;

    static Stream<CsvDialect> dialects() {
        return Stream.of(CsvDialect.values());
    }

    private static SessionReport analyze(CsvDialect dialect) {
        Path sessions = Repo.fixtures().resolve("sessions");
        String name = "format-" + dialect.label() + "-waist-100hz";
        Path export = sessions.resolve(name + ".csv");
        assertThat(export).as("the %s fixture", dialect.label()).exists();
        return new SessionAnalyzer(AnalysisOptions.DEFAULTS.withPlan(sessions.resolve(name + ".plan.csv")))
                .analyze(export, export.getFileName().toString());
    }

    @BeforeAll
    static void analyzeTheGenericCsv() {
        reference = analyze(CsvDialect.GENERIC);
        assertThat(reference.jumps()).hasSize(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void isRecognisedAsItsDialectAndGivesTheSameJumpsAsTheGenericCsv(CsvDialect dialect) {
        SessionReport report = analyze(dialect);
        assertThat(report.source().format()).isEqualTo(dialect.label());
        assertThat(report.totals()).isEqualTo(reference.totals());
        assertThat(report.sets()).extracting(s -> s.jumps() + " " + s.contacts() + " " + s.exercise())
                .isEqualTo(reference.sets().stream().map(s -> s.jumps() + " " + s.contacts() + " " + s.exercise())
                        .toList());
        List<Jump> jumps = report.jumps();
        double worstEdge = 0;
        double worstPeak = 0;
        for (int i = 0; i < jumps.size(); i++) {
            Jump a = jumps.get(i);
            Jump b = reference.jumps().get(i);
            worstEdge = Math.max(worstEdge, Math.max(Math.abs(a.takeoffS() - b.takeoffS()),
                    Math.abs(a.touchdownS() - b.touchdownS())));
            worstPeak = Math.max(worstPeak, Math.abs(a.peakG() - b.peakG()) / b.peakG());
        }
        System.out.printf(Locale.ROOT, "%-20s worst take-off/touchdown shift %.4f s, worst peak difference %.2f %%%n",
                dialect.label(), worstEdge, 100 * worstPeak);
        assertThat(worstEdge).isLessThanOrEqualTo(MAX_EDGE_SHIFT_S);
        assertThat(worstPeak).isLessThanOrEqualTo(MAX_PEAK_DIFFERENCE);
    }

    @org.junit.jupiter.api.Test
    void everyFormatFixtureIsADialect() throws java.io.IOException {
        try (Stream<Path> files = Files.list(Repo.fixtures().resolve("sessions"))) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("format-") && n.endsWith("-waist-100hz.csv")))
                    .hasSize(CsvDialect.values().length);
        }
    }
}
