package dev.plyometer.weekly;

import dev.plyometer.report.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds an athlete's weekly report from their sessions: groups them by ISO week in the athlete's zone, sums each
 * week with {@link WeekAggregator}, describes the change with {@link WeekChanges}, and keeps the weeks asked for.
 * No I/O: the caller reads the sessions from wherever they are kept.
 */
public final class WeeklyReports {
    /** Said in every report, because weekly load figures are easily read as risk scores. */
    public static final String NOT_A_PREDICTION = "Changes are described, not predicted: session limits are "
            + "prescriptions, and three seasons of elite volleyball data found no certain link between weekly jump "
            + "load and knee complaints.";

    private WeeklyReports() {
    }

    /**
     * @param sessions all of the athlete's sessions up to {@code to} at least (earlier ones give the change and the
     *                 hours before the first session shown); any order
     * @param from     first week to show, or {@code null} for the week of the first session
     * @param to       last week to show, or {@code null} for the week of the last session
     */
    public static WeeklyReport build(AthleteSettings athlete, List<SessionSummary> sessions, IsoWeek from, IsoWeek to,
                                     WeeklyThresholds th) {
        List<SessionSummary> ordered = sessions.stream()
                .sorted(Comparator.comparing(SessionSummary::start).thenComparingLong(SessionSummary::id)).toList();
        List<String> notes = new ArrayList<>();
        notes.add(NOT_A_PREDICTION);
        notes.add(String.format(java.util.Locale.ROOT, "Hours between sessions are start to start; fewer than %.0f "
                + "are flagged.", th.minHoursBetweenSessions()));
        if (athlete.strengthStart() == null) {
            notes.add("The strength program's start is not set, so high-intensity contacts were not checked against "
                    + "the strength base (plyometer athlete set " + athlete.name() + " --strength-start DATE).");
        }
        IsoWeek first = ordered.isEmpty() ? null : IsoWeek.of(ordered.get(0).start(), athlete.zone());
        IsoWeek last = ordered.isEmpty() ? null : IsoWeek.of(ordered.get(ordered.size() - 1).start(), athlete.zone());
        IsoWeek shownFrom = from != null ? from : first;
        IsoWeek shownTo = to != null ? to : last;
        List<WeekSummary> shown = new ArrayList<>();
        if (shownFrom != null && shownTo != null) {
            if (shownFrom.compareTo(shownTo) > 0) {
                throw new IllegalArgumentException("the range " + shownFrom + " to " + shownTo + " is empty: expected "
                        + "the first week before the last");
            }
            IsoWeek begin = first != null && first.compareTo(shownFrom) < 0 ? first : shownFrom;
            List<WeekSummary> all = WeekChanges.describe(weeks(begin, shownTo, ordered, athlete, th), athlete, th);
            for (WeekSummary w : all) {
                IsoWeek week = IsoWeek.parse(w.week());
                if (week.compareTo(shownFrom) >= 0) {
                    shown.add(w);
                }
            }
        } else {
            notes.add("No sessions are stored for " + athlete.name() + ".");
        }
        LocalDate baseFrom = athlete.strengthStart() == null ? null
                : athlete.strengthStart().plusWeeks(th.strengthBaseWeeks());
        return new WeeklyReport(WeeklyReport.SCHEMA, Version.TOOL, athlete.name(), athlete.zone().getId(),
                athlete.level().label(), athlete.unit().label(), athlete.level().min(), athlete.level().max(),
                athlete.plannedSessionsPerWeek(), athlete.strengthStart() == null ? null : athlete.strengthStart().toString(),
                baseFrom == null ? null : baseFrom.toString(), shownFrom == null ? null : shownFrom.toString(),
                shownTo == null ? null : shownTo.toString(), shown, notes, th);
    }

    private static List<WeekSummary> weeks(IsoWeek begin, IsoWeek end, List<SessionSummary> ordered,
                                           AthleteSettings athlete, WeeklyThresholds th) {
        List<WeekSummary> out = new ArrayList<>();
        int i = 0;
        Instant previous = null;
        // sessions before the first week only give the hours before its first session
        while (i < ordered.size() && IsoWeek.of(ordered.get(i).start(), athlete.zone()).compareTo(begin) < 0) {
            if (ordered.get(i).contacts() > 0) {
                previous = ordered.get(i).start();
            }
            i++;
        }
        for (IsoWeek week = begin; week.compareTo(end) <= 0; week = week.next()) {
            List<SessionSummary> inWeek = new ArrayList<>();
            while (i < ordered.size() && IsoWeek.of(ordered.get(i).start(), athlete.zone()).equals(week)) {
                inWeek.add(ordered.get(i));
                i++;
            }
            out.add(WeekAggregator.aggregate(week, inWeek, previous, athlete, th));
            for (SessionSummary s : inWeek) {
                if (s.contacts() > 0) {
                    previous = s.start();
                }
            }
        }
        return out;
    }
}
