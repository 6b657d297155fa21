package dev.plyometer.ingest.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plyometer.metrics.Jump;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.testing.Repo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared reference samples ({@code ../shared/formats/samples/}: one synthetic 25 Hz activity with 3 jumps, as
 * {@code .fit} and as decoded by five FIT tools) through the whole analysis: every file must give the same 3 jumps.
 * They are references to check against, not fixtures: the test reads them where they are and is skipped when they
 * are absent.
 */
class SharedSamplesTest {
    /** Take-off must be within one sample period at 25 Hz. */
    static final double TAKEOFF_TOLERANCE_S = 1 / 25.0;
    /**
     * Flight time within 40 ms (one sample period at 25 Hz), plus 1 ms: the synthetic flights are exact runs of
     * samples, and the detector's edge interpolation lands the third at 40.1 ms from the truth.
     */
    static final double FLIGHT_TOLERANCE_S = 0.041;

    static Path samples() {
        Path beside = Repo.root().resolve("../shared/formats/samples").normalize();
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/formats/samples");
    }

    @TestFactory
    Stream<DynamicTest> everySampleGivesTheThreeTrueJumps() throws IOException {
        Path dir = samples();
        assumeTrue(Files.isDirectory(dir), "the shared samples are not here: " + dir);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("synthetic_jumps.truth.json").toFile());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> !p.getFileName().toString().endsWith(".truth.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            SessionReport report = new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(file,
                    file.getFileName().toString());
            List<Jump> jumps = report.jumps();
            assertThat(report.source().format()).startsWith("fit");
            assertThat(jumps).hasSize(truth.get("jumps").size());
            for (int i = 0; i < jumps.size(); i++) {
                JsonNode t = truth.get("jumps").get(i);
                assertThat(jumps.get(i).takeoffS()).as("take-off %d", i + 1)
                        .isCloseTo(t.get("takeoffS").asDouble(), org.assertj.core.data.Offset.offset(
                                TAKEOFF_TOLERANCE_S));
                assertThat(jumps.get(i).flightTimeS()).as("flight %d", i + 1)
                        .isCloseTo(t.get("flightS").asDouble(), org.assertj.core.data.Offset.offset(
                                FLIGHT_TOLERANCE_S));
            }
        }));
    }
}
