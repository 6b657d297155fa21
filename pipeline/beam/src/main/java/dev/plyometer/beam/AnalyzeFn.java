package dev.plyometer.beam;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.volume.PlanReader;
import dev.plyometer.weekly.AthleteSettings;
import dev.plyometer.weekly.SessionSummaries;
import dev.plyometer.weekly.SessionSummary;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Analyses one export with the core's {@link SessionAnalyzer}, exactly as {@code plyometer analyze} does, at its
 * athlete's level and count unit: the output is the session report JSON, keyed by {@code ATHLETE/NAME}, and the
 * session's weekly summary, keyed by athlete. A file that cannot be read goes to {@link #FAILURES} with its one-line
 * message; the bundle goes on.
 */
final class AnalyzeFn extends DoFn<FileIO.ReadableFile, KV<String, String>> {
    private static final long serialVersionUID = 1L;

    static final TupleTag<KV<String, String>> SESSIONS = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<String> FAILURES = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<String> NOTES = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };
    static final TupleTag<KV<String, SessionSummary>> SUMMARIES = new TupleTag<>() {
        private static final long serialVersionUID = 1L;
    };

    private final Athletes athletes;
    private final String baseDir;

    AnalyzeFn(Athletes athletes, String baseDir) {
        this.athletes = athletes;
        this.baseDir = baseDir;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
        ResourceId resource = file.getMetadata().resourceId();
        String displayName = displayName(resource.toString());
        Path local = null;
        boolean temporary = false;
        try {
            if ("file".equals(resource.getScheme())) {
                local = Path.of(resource.toString());
            } else {
                local = copyToTemp(file, resource.getFilename());
                temporary = true;
            }
            String athlete = Names.athlete(resource);
            SessionReport report = new SessionAnalyzer(options(local, athletes.of(athlete))).analyze(local,
                    displayName);
            out.get(SESSIONS).output(KV.of(Names.sessionKey(resource), Json.pretty(report)));
            if (report.source().start() == null) {
                out.get(NOTES).output(displayName + ": left out of the weekly report: its clock is relative (no "
                        + "date), so its week is unknown");
            } else {
                out.get(SUMMARIES).output(KV.of(athlete, SessionSummaries.of(report, athlete, 0)));
            }
        } catch (ImportException | AnalysisException e) {
            out.get(FAILURES).output(e.getMessage());
        } finally {
            if (temporary && local != null) {
                Files.deleteIfExists(local);
            }
        }
    }

    private static AnalysisOptions options(Path local, AthleteSettings athlete) {
        AnalysisOptions options = AnalysisOptions.DEFAULTS.withLevel(athlete.level()).withUnit(athlete.unit());
        Path plan = PlanReader.besideExport(local);
        return plan != null ? options.withPlan(plan) : options;
    }

    private String displayName(String path) {
        if (baseDir.isEmpty()) {
            return path;
        }
        String base = baseDir.endsWith("/") ? baseDir : baseDir + "/";
        return path.startsWith(base) ? path.substring(base.length()) : path;
    }

    /** Exports on other filesystems are copied to a local temporary file: the readers sniff and stream local files. */
    private static Path copyToTemp(FileIO.ReadableFile file, String name) throws IOException {
        Path temp = Files.createTempFile("plyometer-", "-" + (name == null ? "export" : name));
        try (InputStream in = Channels.newInputStream(file.open())) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
