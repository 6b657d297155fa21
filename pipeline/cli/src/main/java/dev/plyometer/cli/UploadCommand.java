package dev.plyometer.cli;

import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.report.Json;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.AthleteFields;
import dev.plyometer.store.Athletes;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;
import dev.plyometer.store.UploadResult;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Level;
import dev.plyometer.volume.PlanReader;
import dev.plyometer.volume.Stance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
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
                        + "all of it. Several uploads may run at once on the same data folder."},
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

    @Option(names = "--json", description = "one JSON object per file, one per line")
    boolean json;

    @Mixin
    DataMixin data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One file's outcome as {@code --json} prints it. */
    record Line(String file, String result, Long session, String sha256, String start, Integer contacts,
                Integer landings, Integer counted, String unit, String status, String level, String error) {
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
            err.println("plyometer: error: no exports found in " + paths + " (expected *.csv or *.txt files)");
            return ExitCodes.NO_INPUT;
        }
        if (start != null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--start gives one session's start: upload "
                    + "that file alone (" + files.size() + " files were given)");
        }
        Athletes.checkName(athleteName);
        int stored = 0;
        int unchanged = 0;
        int failed = 0;
        try (History h = data.open()) {
            Athlete athlete = athlete(h, err);
            Instant startAt = start == null ? null : parseStart(start, athlete.zone());
            for (Path file : files) {
                UploadResult r = h.uploader().upload(file, athlete, options(athlete, file), startAt);
                if (r instanceof UploadResult.Stored s) {
                    stored++;
                    out.println(json ? Json.line(line("stored", s.session(), null, r.file(), athlete.zone()))
                            : "stored    " + r.file() + " → " + describe(s.session(), athlete));
                } else if (r instanceof UploadResult.AlreadyStored a) {
                    unchanged++;
                    out.println(json ? Json.line(line("unchanged", a.session(), null, r.file(), athlete.zone()))
                            : "unchanged " + r.file() + " = session " + a.session().id() + ": the same bytes are "
                            + "stored already (uploaded as " + a.session().sourceName() + "); nothing changed");
                } else if (r instanceof UploadResult.Failed f) {
                    failed++;
                    err.println("plyometer: error: " + f.message());
                    if (json) {
                        out.println(Json.line(line("failed", null, f.message(), r.file(), athlete.zone())));
                    }
                }
                out.flush();
            }
        }
        err.println(Show.f("plyometer: %d stored, %d unchanged, %d failed (of %d file(s))", stored, unchanged, failed,
                files.size()));
        return failed > 0 ? ExitCodes.SOME_FILES_FAILED : ExitCodes.OK;
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

    private Line line(String result, StoredSession s, String error, String file, ZoneId zone) {
        if (s == null) {
            return new Line(file, result, null, null, null, null, null, null, null, null, null, error);
        }
        return new Line(file, result, s.id(), s.sha256(), Show.iso(s.start(), zone), s.contacts(), s.landings(),
                s.counted(), s.unit(), s.status(), s.level(), null);
    }
}
