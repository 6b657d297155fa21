package dev.plyometer.cli;

import dev.plyometer.check.CheckReport;
import dev.plyometer.check.DetectorAccuracy;
import dev.plyometer.check.LimitCheck;
import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.NotFoundException;
import dev.plyometer.store.StoredSession;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import dev.plyometer.weekly.IsoWeek;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code plyometer check}: did jump volume stay under the limit? One line and an exit code. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {"Did jump volume stay under the limit? Answers in one line and the exit code: 0 within or "
                + "below the level's session range, 5 over it, 6 nothing to check.",
                "From the history: check --athlete NAME [--session ID | --last | --week 2026-W47] (default --last); "
                        + "a week is over when any of its sessions is. Without the history: check FILE... --level "
                        + "LEVEL (and the analyze options).",
                "When the detector's measured precision and recall (plyometer validate on the fixtures) leave the "
                        + "true count on both sides of the limit, the line says so and gives the band."},
        footer = {"", ExitCodes.HELP})
final class CheckCommand implements Callable<Integer> {
    private static final DetectorAccuracy ACCURACY = DetectorAccuracy.FIXTURES;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "exports to check without the history")
    List<Path> files = new ArrayList<>();

    @Option(names = "--athlete", paramLabel = "NAME", description = "check the athlete's stored sessions")
    String athleteName;

    @ArgGroup(exclusive = true)
    Which which;

    static final class Which {
        @Option(names = "--session", paramLabel = "ID", description = "this session")
        Long session;

        @Option(names = "--last", description = "the athlete's most recent session (the default)")
        boolean last;

        @Option(names = "--week", paramLabel = "WEEK", converter = HistoryConverters.WeekOrDateConverter.class,
                description = "every session of this ISO week, e.g. 2026-W47")
        IsoWeek week;
    }

    @Mixin
    AnalysisMixin analysis;

    @Mixin
    DataMixin data;

    @Option(names = "--json", description = "the answer as JSON (schema plyometer.check/1), one object per line")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        boolean history = athleteName != null;
        if (history == !files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), history
                    ? "give either FILE... (checked without the history) or --athlete NAME, not both"
                    : "expected FILE... --level LEVEL, or --athlete NAME");
        }
        if (history) {
            for (String option : List.of("--level", "--count", "--stance", "--exercise", "--plan", "--mass",
                    "--range-g", "--sample-rate", "--units")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), option + " applies to FILE; stored "
                            + "sessions were analysed with the athlete's settings (plyometer athlete set, reanalyze)");
                }
            }
            return checkHistory();
        }
        if (which != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--session, --last and --week choose stored sessions: they need --athlete NAME");
        }
        return checkFiles();
    }

    private int checkFiles() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = Inputs.expand(files);
        if (inputs.isEmpty()) {
            err.println(Inputs.noExports(files));
            return ExitCodes.NO_INPUT;
        }
        int failed = 0;
        boolean over = false;
        for (Path file : inputs) {
            try {
                SessionReport r = new SessionAnalyzer(analysis.forFile(file)).analyze(file, file.toString());
                LimitCheck c = LimitCheck.of(r.volume().footContacts(), r.volume().landings(), analysis.level,
                        analysis.unit, ACCURACY);
                over |= c.over();
                CheckReport report = CheckReport.of("file", null, null, null, file.toString(), r.source().start(), c,
                        ACCURACY, List.of());
                out.println(json ? Json.line(report) : file + ": " + c.sentence());
            } catch (ImportException | AnalysisException e) {
                failed++;
                err.println("plyometer: error: " + e.getMessage());
            }
            out.flush();
        }
        return failed > 0 ? ExitCodes.SOME_FILES_FAILED : over ? ExitCodes.OVER_LIMIT : ExitCodes.OK;
    }

    private int checkHistory() {
        try (History h = data.open()) {
            Optional<Athlete> found = h.athletes().find(athleteName);
            if (found.isEmpty()) {
                return nothing("no athlete named \"" + athleteName.strip() + "\" in " + h.dir().root());
            }
            Athlete a = found.get();
            if (which != null && which.week != null) {
                return checkWeek(h, a, which.week);
            }
            Optional<StoredSession> s;
            if (which != null && which.session != null) {
                try {
                    s = Optional.of(h.sessions().require(which.session));
                } catch (NotFoundException e) {
                    return nothing("no session " + which.session + " in " + h.dir().root());
                }
                if (!s.get().athlete().equals(a.name())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "session " + which.session + " is "
                            + s.get().athlete() + "'s, not " + a.name() + "'s");
                }
            } else {
                s = h.sessions().last(a);
                if (s.isEmpty()) {
                    return nothing("no sessions stored for " + a.name());
                }
            }
            StoredSession session = s.get();
            LimitCheck c = check(session);
            CheckReport report = CheckReport.of("session", a.name(), session.id(), null, session.sourceName(),
                    Show.iso(session.start(), a.zone()), c, ACCURACY, List.of());
            print(report, Show.f("%s, session %d (%s %s): %s", a.name(), session.id(),
                    Show.local(session.start(), a.zone()), a.zone().getId(), c.sentence()));
            return c.over() ? ExitCodes.OVER_LIMIT : ExitCodes.OK;
        }
    }

    private int checkWeek(History h, Athlete a, IsoWeek week) {
        List<StoredSession> sessions = h.sessions().between(a, week.startIn(a.zone()), week.endIn(a.zone()));
        if (sessions.isEmpty()) {
            return nothing("no sessions of " + a.name() + " in " + week + " (" + week.monday() + " – "
                    + week.sunday() + ", " + a.zone().getId() + ")");
        }
        List<CheckReport.SessionCheck> each = new ArrayList<>();
        List<LimitCheck> checks = new ArrayList<>();
        for (StoredSession s : sessions) {
            LimitCheck c = check(s);
            checks.add(c);
            each.add(new CheckReport.SessionCheck(s.id(), Show.iso(s.start(), a.zone()), s.sourceName(), c.status(),
                    c.counted(), c.certain(), c.band().low(), c.band().high()));
        }
        long overCount = checks.stream().filter(LimitCheck::over).count();
        // the deciding session: the largest over the limit, else the largest
        int decide = 0;
        Comparator<LimitCheck> order = Comparator.comparing(LimitCheck::over).thenComparingInt(LimitCheck::counted);
        for (int i = 1; i < checks.size(); i++) {
            if (order.compare(checks.get(i), checks.get(decide)) > 0) {
                decide = i;
            }
        }
        LimitCheck d = checks.get(decide);
        // over is certain when one session is certainly over; under is certain when every session certainly is
        boolean certain = overCount > 0 ? checks.stream().anyMatch(c -> c.over() && c.certain())
                : checks.stream().allMatch(LimitCheck::certain);
        LimitCheck weekCheck = new LimitCheck(d.status(), d.counted(), d.min(), d.max(), d.unit(), d.level(),
                d.footContacts(), d.landings(), certain, d.band());
        StoredSession ds = sessions.get(decide);
        CheckReport report = CheckReport.of("week", a.name(), ds.id(), week.toString(), ds.sourceName(),
                Show.iso(ds.start(), a.zone()), weekCheck, ACCURACY, each);
        String head = overCount > 0 ? Show.f("%d of %d session(s) over; the largest, session %d", overCount,
                sessions.size(), ds.id()) : Show.f("all %d session(s) under the limit; the largest, session %d",
                sessions.size(), ds.id());
        print(report, Show.f("%s, %s: %s (%s): %s", a.name(), week, head, Show.local(ds.start(), a.zone()),
                weekCheck.sentence()));
        return overCount > 0 ? ExitCodes.OVER_LIMIT : ExitCodes.OK;
    }

    private static LimitCheck check(StoredSession s) {
        return LimitCheck.of(s.contacts(), s.landings(), Level.parse(s.level()), CountUnit.parse(s.unit()), ACCURACY);
    }

    private void print(CheckReport report, String line) {
        spec.commandLine().getOut().println(json ? Json.line(report) : line);
    }

    private int nothing(String why) {
        spec.commandLine().getErr().println("plyometer: nothing to check: " + why);
        return ExitCodes.NOTHING_TO_CHECK;
    }
}
