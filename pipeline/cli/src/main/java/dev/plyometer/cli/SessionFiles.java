package dev.plyometer.cli;

import dev.plyometer.report.CsvReport;
import dev.plyometer.report.Json;
import dev.plyometer.report.MarkdownReport;
import dev.plyometer.report.SessionReport;
import dev.plyometer.report.html.SessionHtml;
import dev.plyometer.signal.MagnitudeTrace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A session's report files, as {@code analyze --out} and {@code upload} write them: {@code NAME.html},
 * {@code NAME.json}, {@code NAME.md}, {@code NAME.jumps.csv} and {@code NAME.sets.csv}.
 */
final class SessionFiles {
    static final List<String> SUFFIXES = List.of(".html", ".json", ".md", ".jumps.csv", ".sets.csv");

    private SessionFiles() {
    }

    /** Writes the five files into {@code dir} (created when missing); {@code trace} may be {@code null}. */
    static void write(Path dir, String name, SessionReport report, MagnitudeTrace trace, Instant at)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".json"), Json.pretty(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".md"), MarkdownReport.render(report, name), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".html"), SessionHtml.render(report, trace, at), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".jumps.csv"), CsvReport.jumps(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".sets.csv"), CsvReport.sets(report), StandardCharsets.UTF_8);
    }
}
