package dev.plyometer.beam;

import dev.plyometer.report.Json;
import dev.plyometer.weekly.AthleteSettings;
import dev.plyometer.weekly.SessionSummaries;
import dev.plyometer.weekly.SessionSummary;
import dev.plyometer.weekly.WeeklyReport;
import dev.plyometer.weekly.WeeklyReports;
import dev.plyometer.weekly.WeeklyThresholds;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One athlete's sessions to their weekly report: the core's {@link WeeklyReports} over every ISO week (in the
 * athlete's zone) from the first session to the last — the same code, thresholds and JSON as {@code plyometer weekly}.
 * Sessions are numbered 1, 2, … in time order, where the history uses its database ids.
 */
final class WeeklyFn extends DoFn<KV<String, Iterable<SessionSummary>>, KV<String, String>> {
    private static final long serialVersionUID = 1L;

    private final Athletes athletes;

    WeeklyFn(Athletes athletes) {
        this.athletes = athletes;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<SessionSummary>> athleteSessions,
                        OutputReceiver<KV<String, String>> out) {
        List<SessionSummary> sessions = new ArrayList<>();
        athleteSessions.getValue().forEach(sessions::add);
        sessions.sort(Comparator.comparing(SessionSummary::start).thenComparingInt(SessionSummary::contacts)
                .thenComparingInt(SessionSummary::landings));
        List<SessionSummary> numbered = new ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            numbered.add(SessionSummaries.withId(sessions.get(i), i + 1));
        }
        AthleteSettings settings = athletes.of(athleteSessions.getKey());
        WeeklyReport report = WeeklyReports.build(settings, numbered, null, null, WeeklyThresholds.DEFAULTS);
        out.output(KV.of(athleteSessions.getKey(), Json.pretty(report)));
    }
}
