package dev.plyometer.session;

import dev.plyometer.report.SessionReport;
import dev.plyometer.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class StillRecordingTest {
    @TempDir
    Path dir;

    @Test
    void aGravityOnlyExportIsAnalysedAndSaidToShowNoMovement() throws IOException {
        // Sensor Logger's Gravity.csv has TotalAcceleration.csv's header and reads a steady 1 g
        StringBuilder csv = new StringBuilder("time,seconds_elapsed,z,y,x\n");
        long t0 = 1_795_165_200_000_000_000L;
        for (int i = 0; i < 3000; i++) {
            double wobble = 0.02 * Math.sin(i / 50.0);
            csv.append(String.format(Locale.ROOT, "%d,%.3f,%.5f,%.5f,%.5f%n", t0 + i * 10_000_000L, i / 100.0,
                    9.79 + wobble, 0.31 - wobble, 0.12));
        }
        Path file = dir.resolve("Gravity.csv");
        Files.writeString(file, csv);
        SessionReport report = new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(file, "Gravity.csv");
        assertThat(report.totals().jumps()).isZero();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("Gravity.csv: the magnitude stayed "
                + "between").contains("no movement was recorded").contains("Gravity.csv"));
    }

    @Test
    void stillPeriodsReadingFarFrom1gAreReportedAsACalibrationError() throws IOException {
        StringBuilder csv = new StringBuilder("timestamp,x_g,y_g,z_g\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(String.format(Locale.ROOT, "%d,0.0100,%.4f,1.1000%n", 1_795_165_200_000L + i * 10L,
                    0.005 * Math.sin(i / 7.0)));
        }
        Path file = dir.resolve("scaled.csv");
        Files.writeString(file, csv);
        SessionReport report = new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(file, "scaled.csv");
        assertThat(report.quality().restMagnitudeG()).isCloseTo(1.1, org.assertj.core.api.Assertions.within(0.001));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("scaled.csv: while still")
                .contains("1.100 g, not 1 g").contains("about 10 %"));
    }

    @Test
    void aSessionWithMovementGetsNoSuchWarning() {
        Path file = Repo.fixtures().resolve("sessions/squat-jumps-waist-100hz.csv");
        SessionReport report = new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(file);
        assertThat(report.warnings()).noneSatisfy(w -> assertThat(w).contains("no movement was recorded"));
        assertThat(report.warnings()).noneSatisfy(w -> assertThat(w).contains("while still"));
        assertThat(report.quality().restMagnitudeG()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.05));
    }
}
