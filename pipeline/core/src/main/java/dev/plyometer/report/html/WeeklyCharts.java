package dev.plyometer.report.html;

import dev.plyometer.report.Fmt;
import dev.plyometer.weekly.IntensityMix;
import dev.plyometer.weekly.SessionDetail;
import dev.plyometer.weekly.WeekStatus;
import dev.plyometer.weekly.WeekSummary;
import dev.plyometer.weekly.WeeklyReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The weekly report's charts: the count per session against the level's session range, the hours between sessions
 * against the recovery rule, the weekly totals over the weeks shown, and each week's intensity mix. Session bars are
 * grouped by week; a week without sessions keeps its place as a grey stub, so the weeks read as a calendar.
 */
final class WeeklyCharts {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private WeeklyCharts() {
    }

    /** One bar per session, coloured by its status, over the level's range. */
    static void sessions(StringBuilder out, WeeklyReport r) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<BarChart.Group> groups = new ArrayList<>();
        for (WeekSummary w : r.weeks()) {
            int first = bars.size();
            if (w.sessionsDetail().isEmpty()) {
                bars.add(empty(w));
            }
            for (SessionDetail s : w.sessionsDetail()) {
                bars.add(new BarChart.Bar(s.counted(), "st-" + s.status(), day(s.date()),
                        Fmt.f("Session %d, %s: %d %s (%d landings), %s", s.id(), WeeklyHtml.clock(s.start()),
                                s.counted(), r.unit(), s.landings(), WeeklyHtml.statusWords(s.status())),
                        Svg.attr("data-session", Long.toString(s.id())) + Svg.attr("data-status", s.status())
                                + Svg.attr("data-week", w.week()), Double.NaN, Double.NaN));
            }
            groups.add(new BarChart.Group(first, bars.size() - 1, w.week()));
        }
        new BarChart("chart-sessions", Fmt.f("%s per session against the %s range of %d–%d", r.unit(), r.level(),
                r.sessionMin(), r.sessionMax()), r.unit()).bars(bars).groups(groups)
                .band(new BarChart.Band(r.sessionMin(), r.sessionMax(), "range", Fmt.f("the %s range: %d–%d %s per "
                        + "session", r.level(), r.sessionMin(), r.sessionMax(), r.unit())))
                .reference(new BarChart.Reference(r.sessionMax(), "limit", Fmt.f("limit %d", r.sessionMax())))
                .reference(new BarChart.Reference(r.sessionMin(), "minimum", Fmt.f("minimum %d", r.sessionMin())))
                .render(out);
    }

    /** One bar per session: the hours since the previous session, against the recovery rule. */
    static void hours(StringBuilder out, WeeklyReport r) {
        double rule = r.config().minHoursBetweenSessions();
        List<BarChart.Bar> bars = new ArrayList<>();
        List<BarChart.Group> groups = new ArrayList<>();
        for (WeekSummary w : r.weeks()) {
            int first = bars.size();
            if (w.sessionsDetail().isEmpty()) {
                bars.add(empty(w));
            }
            for (SessionDetail s : w.sessionsDetail()) {
                String attrs = Svg.attr("data-session", Long.toString(s.id()));
                Double h = s.hoursSincePrevious();
                if (h == null) {
                    bars.add(new BarChart.Bar(Double.NaN, "", day(s.date()), Fmt.f("Session %d, %s: %s", s.id(),
                            WeeklyHtml.clock(s.start()), s.contacts() == 0 ? "no contacts, so it neither needs nor "
                                    + "ends a recovery" : "the first stored session: nothing before it to measure "
                                    + "from"), attrs, Double.NaN, Double.NaN));
                } else {
                    boolean shortRest = h < rule;
                    bars.add(new BarChart.Bar(h, shortRest ? "h-short" : "h-ok", day(s.date()),
                            Fmt.f("Session %d, %s: %.1f h after the previous session%s", s.id(),
                                    WeeklyHtml.clock(s.start()), h, shortRest ? Fmt.f(", under %.0f h", rule) : ""),
                            attrs + Svg.attr("data-short", Boolean.toString(shortRest)), Double.NaN, Double.NaN));
                }
            }
            groups.add(new BarChart.Group(first, bars.size() - 1, w.week()));
        }
        new BarChart("chart-hours", Fmt.f("Hours since the previous session, against the %.0f h rule", rule),
                "hours").bars(bars).groups(groups)
                .reference(new BarChart.Reference(rule, "rule", Fmt.f("%.0f h", rule)))
                .render(out);
    }

    /**
     * One bar per week: its total, over the planned sessions' range when known. The bars are one neutral colour:
     * a week's status comes from its sessions, not from its total, so colouring the total by it would mislead.
     */
    static void weeks(StringBuilder out, WeeklyReport r) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (WeekSummary w : r.weeks()) {
            String status = WeekStatus.of(w);
            String attrs = Svg.attr("data-week", w.week()) + Svg.attr("data-status", status);
            String label = w.week().substring(5);
            String change = w.change() == null ? "" : "; " + w.change().text();
            bars.add(w.sessions() == 0
                    ? new BarChart.Bar(Double.NaN, "", label, w.week() + ": no sessions" + change, attrs, Double.NaN,
                    Double.NaN)
                    : new BarChart.Bar(w.counted(), "total", label, Fmt.f("%s: %d %s in %d session(s)%s",
                    w.week(), w.counted(), r.unit(), w.sessions(), change), attrs, Double.NaN, Double.NaN));
        }
        BarChart chart = new BarChart("chart-weeks", Fmt.f("%s per week, %s", r.unit(), range(r)), r.unit())
                .bars(bars);
        Integer planned = r.plannedSessionsPerWeek();
        if (planned != null && planned > 0) {
            int low = planned * r.sessionMin();
            int high = planned * r.sessionMax();
            chart.band(new BarChart.Band(low, high, "planned", Fmt.f(
                    "%d planned session(s) × the %s range: %d–%d %s", planned, r.level(), low, high, r.unit())));
            chart.reference(new BarChart.Reference(high, "planned", Fmt.f("%d planned × %d = %d", planned,
                    r.sessionMax(), high)));
        }
        chart.render(out);
    }

    /** One row per week: its foot contacts by intensity. */
    static void intensity(StringBuilder out, WeeklyReport r) {
        List<StackedBars.Row> rows = new ArrayList<>();
        for (WeekSummary w : r.weeks()) {
            IntensityMix m = w.intensity();
            rows.add(new StackedBars.Row(w.week(), List.of(
                    segment(m.low(), "low", w), segment(m.moderate(), "moderate", w), segment(m.high(), "high", w),
                    segment(m.unknown(), "unknown", w)), Svg.attr("data-week", w.week()),
                    w.sessions() == 0 ? "no sessions" : "0"));
        }
        StackedBars.render(out, "chart-intensity", "Foot contacts per week by intensity", "foot-contacts", rows);
    }

    private static StackedBars.Segment segment(int contacts, String intensity, WeekSummary w) {
        return new StackedBars.Segment(contacts, "i-" + intensity, Fmt.f("%s: %d %s-intensity foot-contacts",
                w.week(), contacts, intensity.equals("unknown") ? "unknown" : intensity));
    }

    private static BarChart.Bar empty(WeekSummary w) {
        return new BarChart.Bar(Double.NaN, "", "–", w.week() + ": no sessions", "", Double.NaN, Double.NaN);
    }

    /** {@code 26 Oct} from {@code 2026-10-26}. */
    static String day(String isoDate) {
        LocalDate d = LocalDate.parse(isoDate);
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
    }

    static String range(WeeklyReport r) {
        return r.from() == null ? "no weeks" : r.from().equals(r.to()) ? r.from() : r.from() + " to " + r.to();
    }
}
