package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.report.html.WeeklyHtml;
import dev.plyometer.store.Athlete;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;
import dev.plyometer.weekly.IsoWeek;
import dev.plyometer.weekly.SessionSummary;
import dev.plyometer.weekly.WeeklyCsv;
import dev.plyometer.weekly.WeeklyMarkdown;
import dev.plyometer.weekly.WeeklyReport;
import dev.plyometer.weekly.WeeklyReports;
import dev.plyometer.weekly.WeeklyText;
import dev.plyometer.weekly.WeeklyThresholds;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code plyometer weekly --athlete NAME}: contact volume per ISO week. */
@Command(name = "weekly",
        mixinStandardHelpOptions = true,
        description = {"Weekly plyometric volume of an athlete, in ISO weeks of the athlete's time zone: per session "
                + "the date, foot contacts and landings, sets, intensity mix and status against the level's range; "
                + "per week the sessions, totals, hours between sessions (flagged under 48 h), high-intensity "
                + "contacts before the strength base (flagged), and the change against the previous weeks, "
                + "described, not presented as an injury prediction.",
                "Default: every week from the first stored session to the last."},
        footer = {"", ExitCodes.HELP})
final class WeeklyCommand implements Callable<Integer> {
    @Option(names = "--athlete", paramLabel = "NAME", required = true, description = "the athlete")
    String athleteName;

    @ArgGroup(exclusive = true)
    Range range;

    static final class Range {
        @Option(names = "--week", paramLabel = "WEEK", converter = HistoryConverters.WeekOrDateConverter.class,
                description = "one ISO week, e.g. 2026-W47 (or any date in it)")
        IsoWeek week;

        @ArgGroup(exclusive = false)
        FromTo fromTo;
    }

    static final class FromTo {
        @Option(names = "--from", paramLabel = "WEEK", converter = HistoryConverters.WeekOrDateConverter.class,
                description = "first week (2026-W45) or a date in it")
        IsoWeek from;

        @Option(names = "--to", paramLabel = "WEEK", converter = HistoryConverters.WeekOrDateConverter.class,
                description = "last week (2026-W47) or a date in it")
        IsoWeek to;
    }

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "as JSON (schema plyometer.weekly/1)")
        boolean json;

        @Option(names = "--markdown", description = "as Markdown")
        boolean markdown;
    }

    @Option(names = "--out", paramLabel = "DIR", description = "also write into DIR the report as files "
            + "named NAME-weekly-FROM-TO, ending in html (with charts), json, md, weeks.csv (one row per week) and "
            + "sessions.csv (one row per session)")
    Path out;

    @Option(names = "--generated-at", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "the time the HTML report says it was generated at (ISO-8601, e.g. 2026-01-01T00:00:00Z); "
                    + "default now. Fix it for byte-identical reports")
    Instant generatedAt;

    @Mixin
    DataMixin data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WeeklyReport report;
        try (History h = data.open()) {
            Athlete a = h.athletes().require(athleteName);
            List<SessionSummary> sessions = h.sessions().list(a).stream().map(StoredSession::summary).toList();
            IsoWeek from = range == null ? null : range.week != null ? range.week
                    : range.fromTo == null ? null : range.fromTo.from;
            IsoWeek to = range == null ? null : range.week != null ? range.week
                    : range.fromTo == null ? null : range.fromTo.to;
            report = WeeklyReports.build(a.settings(), sessions, from, to, WeeklyThresholds.DEFAULTS);
        }
        String text = format.json ? Json.pretty(report) : format.markdown ? WeeklyMarkdown.render(report)
                : WeeklyText.render(report);
        spec.commandLine().getOut().print(text);
        if (out != null && report.from() != null) {
            write(report);
        }
        return ExitCodes.OK;
    }

    private void write(WeeklyReport r) {
        String name = FileNames.safe(r.athlete()) + "-weekly-" + r.from()
                + (r.from().equals(r.to()) ? "" : "-" + r.to());
        Instant at = generatedAt != null ? generatedAt : Instant.now();
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".json"), Json.pretty(r), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".md"), WeeklyMarkdown.render(r), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".html"), WeeklyHtml.render(r, at), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".weeks.csv"), WeeklyCsv.weeks(r), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".sessions.csv"), WeeklyCsv.sessions(r), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write the weekly report: " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("plyometer: wrote " + out.resolve(name + ".html") + ", .json, .md, "
                + ".weeks.csv and .sessions.csv");
    }
}
