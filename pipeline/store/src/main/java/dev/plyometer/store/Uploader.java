package dev.plyometer.store;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.signal.SignalListener;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores exports as sessions of an athlete. Per file: copy it into the data folder's {@code tmp/} while hashing it;
 * if this athlete has those bytes already, stop (nothing changes); analyse the copy (so what is stored is exactly
 * what was analysed); move the copy into place; then insert the session and its sets in one transaction. A crash at
 * any point leaves the database without the session or with all of it.
 */
public final class Uploader {
    /**
     * Test-only: when set to a number of milliseconds, each upload transaction pauses that long between writing the
     * session row and its sets, so that a test can kill the process inside the transaction.
     */
    public static final String TEST_PAUSE_PROPERTY = "plyometer.test.pauseInTransactionMs";

    private final History history;

    Uploader(History history) {
        this.history = history;
    }

    /**
     * @param file          the export
     * @param athlete       whose session it is
     * @param options       how to analyse it (level, unit and body mass should be the athlete's)
     * @param startOverride the session's start when the export's clock is relative (or wrong), else {@code null}
     */
    public UploadResult upload(Path file, Athlete athlete, AnalysisOptions options, Instant startOverride) {
        return upload(file, athlete, options, startOverride, null);
    }

    /**
     * As {@link #upload(Path, Athlete, AnalysisOptions, Instant)}, and {@code alsoListening} (when not {@code null})
     * receives the signal during the analysis, in the same pass: an {@link dev.plyometer.signal.EnvelopeRecorder}
     * for the HTML report's plot, say. It sees nothing when the bytes are stored already.
     */
    public UploadResult upload(Path file, Athlete athlete, AnalysisOptions options, Instant startOverride,
                               SignalListener alsoListening) {
        return store(prepare(file, athlete, options, startOverride, alsoListening, true), athlete);
    }

    /**
     * The part of an upload that writes nothing to the database: the export is copied into the data folder's
     * {@code tmp/} and hashed, and analysed. It touches no shared state, so several files can be prepared on several
     * threads at once; {@link #store} then stores them one by one. With {@code checkStored} (one thread only: it
     * reads the database) bytes already stored are recognised before the analysis, which is then skipped.
     */
    public Prepared prepare(Path file, Athlete athlete, AnalysisOptions options, Instant startOverride,
                            SignalListener alsoListening, boolean checkStored) {
        String name = file.toString();
        SourceStore sources = history.sources();
        SourceStore.Staged staged;
        try {
            staged = sources.stage(file);
        } catch (NoSuchFileException e) {
            return Prepared.failed(name, name + ": no such file");
        } catch (IOException e) {
            return Prepared.failed(name, name + ": cannot read the file: " + e.getMessage());
        }
        if (checkStored) {
            Optional<StoredSession> existing = history.read(c -> history.sessions().withSource(c, athlete.id(),
                    staged.sha256()));
            if (existing.isPresent()) {
                sources.discard(staged);
                return new Prepared(name, null, null, null, options, startOverride, null, existing.get());
            }
        }
        try {
            SessionReport report = new SessionAnalyzer(options).analyze(staged.tmp(), name, alsoListening);
            Instant start = startOverride != null ? startOverride
                    : report.source().start() == null ? null : Instant.parse(report.source().start());
            if (start == null) {
                sources.discard(staged);
                return Prepared.failed(name, name + ": the export's clock is relative (" + report.source()
                        .timeEncoding() + "), so the session's date is unknown: upload it alone with --start, e.g. "
                        + "--start 2026-11-16T18:30 (the athlete's local time)");
            }
            return new Prepared(name, staged, report, start, options, startOverride, null, null);
        } catch (ImportException | AnalysisException e) {
            sources.discard(staged);
            return Prepared.failed(name, e.getMessage());
        }
    }

    /** Stores a prepared upload in one transaction (call on one thread, in the order the files were given). */
    public UploadResult store(Prepared p, Athlete athlete) {
        if (p.failure() != null) {
            return new UploadResult.Failed(p.name(), p.failure());
        }
        if (p.alreadyStored() != null) {
            return new UploadResult.AlreadyStored(p.name(), p.alreadyStored());
        }
        String name = p.name();
        SourceStore sources = history.sources();
        SourceStore.Staged staged = p.staged();
        AnalysisOptions options = p.options();
        SourceStore.Staged plan = null;
        try {
            if (options.planFile() != null) {
                plan = sources.stage(options.planFile());
            }
            sources.commit(staged);
            if (plan != null) {
                sources.commit(plan);
            }
            NewSession n = new NewSession(staged.sha256(), name, staged.bytes(), plan == null ? null : plan.sha256(),
                    options.planFile() == null ? null : options.planFile().toString(), p.start(),
                    p.startOverride() != null, SourceOptions.of(options), p.report());
            SessionReport report = p.report();
            return history.write(c -> {
                Optional<StoredSession> raced = history.sessions().withSource(c, athlete.id(), staged.sha256());
                if (raced.isPresent()) {
                    return new UploadResult.AlreadyStored(name, raced.get());
                }
                history.sessions().insert(c, athlete.id(), n);
                StoredSession stored = history.sessions().withSource(c, athlete.id(), staged.sha256()).orElseThrow();
                return new UploadResult.Stored(name, stored, report);
            });
        } catch (IOException e) {
            return new UploadResult.Failed(name, name + ": cannot copy it into " + history.dir().root() + ": "
                    + e.getMessage());
        } finally {
            sources.discard(staged);
            if (plan != null) {
                sources.discard(plan);
            }
        }
    }

    /**
     * A file ready to store: its staged copy and analysis, or why it cannot be stored, or the session that already
     * holds its bytes.
     */
    public record Prepared(String name, SourceStore.Staged staged, SessionReport report, Instant start,
                           AnalysisOptions options, Instant startOverride, String failure,
                           StoredSession alreadyStored) {
        static Prepared failed(String name, String message) {
            return new Prepared(name, null, null, null, null, null, message, null);
        }
    }

    /** The test hook of {@link #TEST_PAUSE_PROPERTY}; does nothing unless the property is set. */
    static void testPause() {
        long ms = Long.getLong(TEST_PAUSE_PROPERTY, 0L);
        if (ms > 0) {
            System.err.println("plyometer: test pause: " + ms + " ms inside the upload transaction");
            System.err.flush();
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
