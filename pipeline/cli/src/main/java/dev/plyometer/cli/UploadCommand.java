package dev.plyometer.cli;

import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.batch.BatchAnalyzer;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.signal.EnvelopeRecorder;
import dev.plyometer.signal.MagnitudeTrace;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.AthleteFields;
import dev.plyometer.store.Athletes;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;
import dev.plyometer.store.UploadResult;
import dev.plyometer.store.Uploader;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Level;
import dev.plyometer.volume.PlanReader;
import dev.plyometer.volume.Stance;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code plyometer upload FILE... --athlete NAME}: analyse exports and store them as the athlete's sessions. */
@Command(name = "upload",
        mixinStandardHelpOptions = true,
        description = {
                "Analyses each export and stores it in the history as a session of the athlete, with its sets, "
                        + "jumps, metrics, the thresholds used, the SHA-256 of its bytes and a copy of the export.",
                "Uploading the same bytes again, under any name, changes nothing and says so. An unknown athlete is "
                        + "created (level beginner unless --level says otherwise). One line per file says what was "
                        + "stored; a bad file is named on stderr and the others are still stored.",
                "Each upload is one transaction: a crash or kill leaves the history without the session or with "
                        + "all of it. Several uploads may run at once on the same data folder.",
                "Each stored session's reports (files named session-ID-NAME, ending in html with charts, json, md, "
                        + "jumps.csv and sets.csv) are then written into the data folder's reports/ATHLETE/, or into --out DIR. They are "
                        + "derived files, written after the session is committed: if they cannot be written, the "
                        + "session stays stored, the error says so, the exit code is 4, and running the same upload "
                        + "again writes the missing reports (it finds the bytes stored and analyses the file once "
                        + "more for them)."},
        footer = {"", ExitCodes.HELP})
final class UploadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "exports or folders of exports")
    List<Path> paths;

    @Option(names = "--athlete", paramLabel = "NAME", required = true, description = "whose sessions these are")
    String athleteName;

    @Option(names = "--level", paramLabel = "LEVEL", converter = Converters.LevelConverter.class,
            description = "level for a new athlete (default beginner); an existing athlete's level is changed with "
                    + "plyometer athlete set")
    Level level;

    @Option(names = "--stance", paramLabel = "STANCE", converter = Converters.StanceConverter.class,
            description = "two-foot or single-leg, for every set; default: the plan, else two-foot")
    Stance stance;

    @Option(names = "--exercise", paramLabel = "NAME", converter = Converters.ExerciseConverter.class,
            description = "exercise for every set")
    Exercise exercise;

    @Option(names = "--plan", paramLabel = "FILE", description = "plan naming exercise and stance per set; without "
            + "--plan or --stance, NAME.plan.csv beside NAME.csv is used when it exists. The plan is kept too.")
    Path plan;

    @Option(names = "--start", paramLabel = "TIME", description = "when the session started, for an export with a "
            + "relative clock: 2026-11-16T18:30 (the athlete's local time) or with an offset; one FILE only")
    String start;

    @Option(names = "--range-g", paramLabel = "G", description = "the sensor's range (±g), when known")
    Double rangeG;

    @Option(names = "--sample-rate", paramLabel = "HZ", description = "sample rate for files without a time column")
    Double sampleRateHz;

    @Option(names = "--units", paramLabel = "UNITS", description = "input units when the header does not say and "
            + "inference is wrong: g, milli-g or m/s2")
    String units;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "files copied and analysed at "
            + "once; each is stored in input order, with the same result as one thread; default 0: one per core")
    int threads;

    @Option(names = "--json", description = "one JSON object per file, one per line")
    boolean json;

    @ArgGroup(exclusive = true)
    Reports reports = new Reports();

    static final class Reports {
        @Option(names = "--out", paramLabel = "DIR", description = "write the reports into DIR instead of the data "
                + "folder's reports/ATHLETE/")
        Path out;

        @Option(names = "--no-reports", description = "write no report files (the history keeps the JSON report "
                + "either way)")
        boolean none;
    }

    @Option(names = "--generated-at", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "the time the HTML reports say they were generated at (ISO-8601); default now")
    Instant generatedAt;

    @Mixin
    DataMixin data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One file's outcome as {@code --json} prints it. */
    record Line(String file, String result, Long session, String sha256, String start, Integer contacts,
                Integer landings, Integer counted, String unit, String status, String level, String error,
                String report) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        int plans = 0;
        for (Path file : Inputs.expand(paths)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".plan.csv") || name.endsWith(".truth.json")) {
                plans++; // a shell glob such as ana-*.csv also matches the plans beside the exports
            } else {
                files.add(file);
            }
        }
        if (plans > 0) {
            err.println("plyometer: " + plans + " plan or truth file(s) among the files: not uploaded as exports (a "
                    + "plan beside its export is used for it)");
        }
        if (files.isEmpty()) {
            err.println(Inputs.noExports(paths));
            return ExitCodes.NO_INPUT;
        }
        if (start != null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start gives one session's start: upload "
                    + "that file alone (" + files.size() + " files were given)");
        }
        Athletes.checkName(athleteName);
        Path reportDir = null;
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        try (History h = data.open()) {
            Athlete athlete = athlete(h, err);
            Instant startAt = start == null ? null : parseStart(start, athlete.zone());
            Path dir = reports.none ? null : reports.out != null ? reports.out : ReportsFolder.of(h, athlete.name());
            reportDir = dir;
            Instant at = generatedAt != null ? generatedAt : Instant.now();
            // Files are copied and analysed on `workers` threads; each is stored, in input order, on this thread.
            // With one worker, bytes already stored are recognised before their analysis, which is then skipped.
            boolean checkFirst = workers == 1;
            new BatchAnalyzer(workers).run(files, file -> {
                EnvelopeRecorder envelope = dir == null ? null : new EnvelopeRecorder();
                return new Ready(h.uploader().prepare(file, athlete, options(athlete, file), startAt, envelope,
                        checkFirst), envelope);
            }, new BatchAnalyzer.Receiver<Ready>() {
                @Override
                public void analysed(int index, Path file, Ready ready) {
                    UploadResult r = h.uploader().store(ready.prepared(), athlete);
                    tell(r, file, ready.envelope(), athlete, dir, at, out, err);
                    out.flush();
                }

                @Override
                public void failed(int index, Path file, RuntimeException error) {
                    tell(new UploadResult.Failed(file.toString(), error.getMessage()), file, null, athlete, dir, at,
                            out, err);
                }
            });
        }
        if (written > 0) {
            err.println("plyometer: wrote the reports of " + written + " session(s) to " + reportDir);
        }
        err.println(Show.f("plyometer: %d stored, %d unchanged, %d failed (of %d file(s))%s", stored, unchanged, failed,
                files.size(), notWritten == 0 ? "" : Show.f("; the reports of %d stored session(s) could not be "
                        + "written", notWritten)));
        return failed > 0 || notWritten > 0 ? ExitCodes.SOME_FILES_FAILED : ExitCodes.OK;
    }

    /** One file's prepared upload and, when reports are written, the trace its HTML plots. */
    private record Ready(Uploader.Prepared prepared, EnvelopeRecorder envelope) {
    }

    private int stored;
    private int unchanged;
    private int failed;
    private int written;
    private int notWritten;

    /** Says what happened to one file, writes its reports, and counts it. */
    private void tell(UploadResult r, Path file, EnvelopeRecorder envelope, Athlete athlete, Path reportDir,
                      Instant at, PrintWriter out, PrintWriter err) {
        Path html = null;
        if (r instanceof UploadResult.Stored s) {
            stored++;
            if (reportDir != null) {
                html = writeReports(reportDir, s.session(), s.report(), envelope.trace(), at, err);
                written += html != null ? 1 : 0;
                notWritten += html != null ? 0 : 1;
            }
            out.println(json ? Json.line(line("stored", s.session(), null, r.file(), athlete.zone(), html))
                    : "stored    " + r.file() + " → " + describe(s.session(), athlete));
        } else if (r instanceof UploadResult.AlreadyStored a) {
            unchanged++;
            if (reportDir != null && !Files.exists(reportDir.resolve(ReportsFolder.name(a.session()) + ".html"))) {
                html = missingReports(reportDir, file, athlete, a.session(), at, err);
                written += html != null ? 1 : 0;
                notWritten += html != null ? 0 : 1;
            }
            out.println(json ? Json.line(line("unchanged", a.session(), null, r.file(), athlete.zone(), html))
                    : "unchanged " + r.file() + " = session " + a.session().id() + ": the same bytes are "
                    + "stored already (uploaded as " + a.session().sourceName() + "); nothing changed"
                    + (html == null ? "" : " in the history; its missing reports were written"));
        } else if (r instanceof UploadResult.Failed f) {
            failed++;
            err.println("plyometer: error: " + f.message());
            if (json) {
                out.println(Json.line(line("failed", null, f.message(), r.file(), athlete.zone(), null)));
            }
        }
    }

    /**
     * Writes a committed session's reports. A failure here cannot touch the history (the session is committed and
     * these files are derived from it), so it is reported, not thrown; returns the HTML written, or {@code null}.
     */
    private static Path writeReports(Path dir, StoredSession s, SessionReport report, MagnitudeTrace trace,
                                     Instant at, PrintWriter err) {
        String name = ReportsFolder.name(s);
        try {
            SessionFiles.write(dir, name, report, trace, at);
            return dir.resolve(name + ".html");
        } catch (IOException | UncheckedIOException | SecurityException e) {
            err.println("plyometer: error: " + s.sourceName() + ": session " + s.id() + " is stored and safe, but its "
                    + "reports could not be written to " + dir + ": " + why(e) + " (run the same upload again to "
                    + "write them)");
            return null;
        }
    }

    /** An I/O failure in words: some exceptions' message is only the path. */
    static String why(Exception e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is in the way: it exists and is not a folder";
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        return e.getMessage();
    }

    /**
     * The reports of a session whose bytes were stored already but whose reports are not in {@code dir} (an earlier
     * write failed, or they were deleted): the file has the stored bytes, so it is analysed once more for them.
     */
    private Path missingReports(Path dir, Path file, Athlete athlete, StoredSession s, Instant at, PrintWriter err) {
        EnvelopeRecorder envelope = new EnvelopeRecorder();
        SessionReport report;
        try {
            report = new SessionAnalyzer(options(athlete, file)).analyze(file, s.sourceName(), envelope);
        } catch (RuntimeException e) {
            err.println("plyometer: error: " + s.sourceName() + ": session " + s.id() + " is stored and safe, but its "
                    + "reports could not be made: " + e.getMessage());
            return null;
        }
        return writeReports(dir, s, report, envelope.trace(), at, err);
    }

    private Athlete athlete(History h, PrintWriter err) {
        Athletes.Ensured e = h.athletes().ensure(athleteName, new AthleteFields(level, null, null, null, null, null),
                ZoneId.systemDefault());
        Athlete a = e.athlete();
        if (e.created()) {
            err.println("plyometer: new athlete " + a.name() + ": " + Show.settings(a) + " (plyometer athlete set "
                    + a.name() + " changes these)");
        } else if (level != null && level != a.level()) {
            err.println("plyometer: " + a.name() + " is " + a.level().label() + " in the history; --level "
                    + level.label() + " applies to new athletes only (plyometer athlete set changes the level)");
        }
        return a;
    }

    private AnalysisOptions options(Athlete a, Path file) {
        AnalysisOptions o = AnalysisOptions.DEFAULTS.withLevel(a.level()).withUnit(a.unit())
                .withImports(new ImportOptions(sampleRateHz == null ? 0 : sampleRateHz, units, false));
        if (a.bodyMassKg() != null) {
            o = o.withBodyMassKg(a.bodyMassKg());
        }
        if (stance != null) {
            o = o.withStance(stance);
        }
        if (exercise != null) {
            o = o.withExercise(exercise);
        }
        if (rangeG != null) {
            o = o.withRangeG(rangeG);
        }
        Path planFile = plan != null ? plan : stance == null ? PlanReader.besideExport(file) : null;
        return planFile == null ? o : o.withPlan(planFile);
    }

    static Instant parseStart(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
            } catch (DateTimeException e2) {
                throw new IllegalArgumentException("--start \"" + text + "\": expected a time such as "
                        + "2026-11-16T18:30 (local) or 2026-11-16T18:30+01:00");
            }
        }
    }

    private static String describe(StoredSession s, Athlete a) {
        return Show.f("session %d: %s %s, %d %s (%d landings, %d set(s)), %s for %s", s.id(),
                Show.local(s.start(), a.zone()), a.zone().getId(), s.counted(), s.unit(), s.landings(), s.sets().size(),
                s.status(), s.level());
    }

    private Line line(String result, StoredSession s, String error, String file, ZoneId zone, Path html) {
        String report = html == null ? null : html.toString();
        if (s == null) {
            return new Line(file, result, null, null, null, null, null, null, null, null, null, error, report);
        }
        return new Line(file, result, s.id(), s.sha256(), Show.iso(s.start(), zone), s.contacts(), s.landings(),
                s.counted(), s.unit(), s.status(), s.level(), null, report);
    }
}
