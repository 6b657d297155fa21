package dev.plyometer.report.html;

import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.signal.EnvelopeRecorder;
import dev.plyometer.signal.MagnitudeTrace;
import dev.plyometer.testing.Repo;
import dev.plyometer.volume.Level;

import java.nio.file.Files;
import java.nio.file.Path;

/** A fixture session analysed as {@code plyometer analyze} does it, with its plot trace. */
record Sessions(SessionReport report, MagnitudeTrace trace) {

    static Sessions analyse(String name) {
        return analyse(name, Level.BEGINNER, null);
    }

    /** @param displayName the name the report uses for the file, or {@code null} for its path */
    static Sessions analyse(String name, Level level, String displayName) {
        Path file = Repo.fixtures().resolve("sessions").resolve(name + ".csv");
        Path plan = file.resolveSibling(name + ".plan.csv");
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withLevel(level);
        if (Files.isRegularFile(plan)) {
            options = options.withPlan(plan);
        }
        EnvelopeRecorder envelope = new EnvelopeRecorder();
        SessionReport report = new SessionAnalyzer(options).analyze(file,
                displayName == null ? file.toString() : displayName, envelope);
        return new Sessions(report, envelope.trace());
    }
}
