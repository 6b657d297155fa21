package dev.plyometer.report.html;

import dev.plyometer.report.Fmt;
import dev.plyometer.weekly.FlagWords;
import dev.plyometer.weekly.IntensityMix;
import dev.plyometer.weekly.SessionDetail;
import dev.plyometer.weekly.SetBreakdown;
import dev.plyometer.weekly.WeekStatus;
import dev.plyometer.weekly.WeekSummary;
import dev.plyometer.weekly.WeeklyMarkdown;
import dev.plyometer.weekly.WeeklyReport;
import dev.plyometer.weekly.WeeklyThresholds;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The weekly report as one self-contained HTML file, like the session report (the same frame, style, script and
 * Content-Security-Policy): the weeks with their status against the level's session range, the count per session
 * and per week against the range, the hours between sessions against the recovery rule, the intensity mix, and the
 * flags in the weekly model's own plain words, which describe changes and never predict injury. The same report
 * gives the same bytes, except the generation time in the element {@value HtmlPage#GENERATED_AT_ID}.
 */
public final class WeeklyHtml {
    static final String CSS = HtmlPage.resource("weekly.css");

    private WeeklyHtml() {
    }

    /** @param generatedAt the time written into the footer (inject a fixed one for reproducible files) */
    public static String render(WeeklyReport r, Instant generatedAt) {
        StringBuilder out = new StringBuilder(64 * 1024);
        HtmlPage.open(out, WeeklyMarkdown.title(r), CSS);
        out.append("<header>\n<h1>Weekly plyometric volume</h1>\n<p class=\"athlete\"><strong class=\"athlete-name\">")
                .append(Html.escape(r.athlete())).append("</strong> · ").append(Html.escape(WeeklyCharts.range(r)));
        if (!r.weeks().isEmpty()) {
            out.append(" (").append(r.weeks().get(0).start()).append(" – ")
                    .append(r.weeks().get(r.weeks().size() - 1).end()).append(')');
        }
        out.append("</p>\n<p class=\"lede\">").append(Html.escape(lede(r))).append("</p>\n");
        facts(out, r);
        out.append("</header>\n<main>\n");
        if (r.weeks().isEmpty()) {
            out.append("<p class=\"note\">No weeks to show.</p>\n");
        } else {
            weeksTable(out, r);
            charts(out, r);
            details(out, r);
        }
        about(out, r);
        out.append("</main>\n");
        HtmlPage.close(out, r.tool(), r.schema(), generatedAt);
        return out.toString();
    }

    private static String lede(WeeklyReport r) {
        int sessions = 0;
        int counted = 0;
        int[] byStatus = new int[3];
        int flagged = 0;
        for (WeekSummary w : r.weeks()) {
            sessions += w.sessions();
            counted += w.counted();
            flagged += w.flags().isEmpty() ? 0 : 1;
            for (SessionDetail s : w.sessionsDetail()) {
                byStatus["over".equals(s.status()) ? 2 : "within".equals(s.status()) ? 1 : 0]++;
            }
        }
        return Fmt.f("%d session(s), %d %s in %d week(s). Against the %s range of %d–%d per session: %d over, "
                        + "%d within, %d below. %d of %d week(s) flagged.", sessions, counted, r.unit(),
                r.weeks().size(), r.level(), r.sessionMin(), r.sessionMax(), byStatus[2], byStatus[1], byStatus[0],
                flagged, r.weeks().size());
    }

    private static void facts(StringBuilder out, WeeklyReport r) {
        out.append("<dl class=\"facts\">");
        fact(out, "time zone", r.timeZone());
        fact(out, "level", Fmt.f("%s (%d–%d %s per session)", r.level(), r.sessionMin(), r.sessionMax(), r.unit()));
        fact(out, "planned", r.plannedSessionsPerWeek() == null ? "not set"
                : r.plannedSessionsPerWeek() + " session(s) per week");
        fact(out, "strength program", r.strengthProgramStart() == null ? "start not set"
                : "since " + r.strengthProgramStart() + "; base in place from " + r.strengthBaseFrom());
        out.append("</dl>\n");
    }

    private static void fact(StringBuilder out, String key, String value) {
        out.append("<div><dt>").append(Html.escape(key)).append("</dt><dd>").append(Html.escape(value))
                .append("</dd></div>");
    }

    private static void weeksTable(StringBuilder out, WeeklyReport r) {
        out.append("<section id=\"weeks\">\n<h2>Weeks</h2>\n<div class=\"table-wrap\">\n<table class=\"weeks\">\n")
                .append("<thead><tr><th scope=\"col\">week</th><th scope=\"col\">dates</th>")
                .append("<th scope=\"col\" class=\"num\">sessions</th><th scope=\"col\" class=\"num\">")
                .append(Html.escape(r.unit())).append("</th><th scope=\"col\" class=\"num\">landings</th>")
                .append("<th scope=\"col\">session limit</th><th scope=\"col\">change</th>")
                .append("<th scope=\"col\">flags</th></tr></thead>\n<tbody>\n");
        for (WeekSummary w : r.weeks()) {
            String status = WeekStatus.of(w);
            out.append("<tr data-week=\"").append(Html.escape(w.week())).append("\" data-status=\"")
                    .append(Html.escape(status)).append("\"><td><a href=\"#week-").append(Html.escape(w.week()))
                    .append("\">").append(Html.escape(w.week())).append("</a></td><td>").append(w.start())
                    .append(" – ").append(w.end()).append("</td><td class=\"num\">").append(w.sessions())
                    .append("</td><td class=\"num\">").append(w.counted()).append("</td><td class=\"num\">")
                    .append(w.landings()).append("</td><td>");
            badge(out, status);
            out.append("</td><td>").append(Html.escape(w.change() == null ? "–" : w.change().text()))
                    .append("</td><td>");
            flags(out, w.flags(), r.config());
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n<p class=\"note\">A week's session limit is decided by its sessions, "
                + "as <code>plyometer check --week</code> decides it: over when any session was over the range, "
                + "otherwise the status of its largest session. The guidance sets no weekly limit.</p>\n</section>\n");
    }

    private static void charts(StringBuilder out, WeeklyReport r) {
        out.append("<section id=\"per-session\">\n<h2>Contacts per session</h2>\n");
        WeeklyCharts.sessions(out, r);
        out.append("<p class=\"legend\"><span><span class=\"swatch st-below\"></span>below the range</span> "
                + "<span><span class=\"swatch st-within\"></span>within</span> <span><span class=\"swatch st-over\">"
                + "</span>over the limit</span> <span><span class=\"swatch range-key\"></span>the ")
                .append(Html.escape(r.level())).append(" range per session</span></p>\n</section>\n");

        out.append("<section id=\"recovery\">\n<h2>Hours between sessions</h2>\n");
        WeeklyCharts.hours(out, r);
        out.append("<p class=\"legend\"><span><span class=\"swatch h-ok\"></span>")
                .append(Fmt.f("%.0f h or more", r.config().minHoursBetweenSessions()))
                .append("</span> <span><span class=\"swatch h-short\"></span>")
                .append(Fmt.f("under %.0f h: flagged", r.config().minHoursBetweenSessions()))
                .append("</span> <span>grey stub: nothing to measure from</span> <span>start to start, in real "
                        + "elapsed hours (a clock change does not bend them)</span></p>\n</section>\n");

        out.append("<section id=\"trend\">\n<h2>Weekly totals</h2>\n");
        WeeklyCharts.weeks(out, r);
        out.append("<p class=\"note\">The total of each week shown, in ").append(Html.escape(r.unit())).append('.');
        if (r.plannedSessionsPerWeek() != null) {
            out.append(Fmt.f(" The shaded band is the planned %d session(s) a week times the %s range per session: a "
                    + "reference, not a limit.", r.plannedSessionsPerWeek(), r.level()));
        }
        out.append(" The change against the previous weeks is in the table above; it describes, it does not "
                + "predict.</p>\n</section>\n");

        out.append("<section id=\"intensity\">\n<h2>Intensity mix</h2>\n");
        WeeklyCharts.intensity(out, r);
        out.append("<p class=\"legend\"><span><span class=\"swatch i-low\"></span>low (rope skips, pogo)</span> "
                + "<span><span class=\"swatch i-moderate\"></span>moderate (two-foot jumps)</span> "
                + "<span><span class=\"swatch i-high\"></span>high (single-leg hops, bounds, depth jumps)</span> "
                + "<span><span class=\"swatch i-unknown\"></span>unknown (no exercise given)</span></p>\n"
                + "</section>\n");
    }

    private static void details(StringBuilder out, WeeklyReport r) {
        out.append("<section id=\"week-details\">\n<h2>Week by week</h2>\n");
        for (WeekSummary w : r.weeks()) {
            String status = WeekStatus.of(w);
            out.append("<article class=\"week\" id=\"week-").append(Html.escape(w.week())).append("\" data-week=\"")
                    .append(Html.escape(w.week())).append("\" data-status=\"").append(Html.escape(status))
                    .append("\">\n<h3>").append(Html.escape(w.week())).append(" <span class=\"dates\">")
                    .append(w.start()).append(" – ").append(w.end()).append("</span> ");
            badge(out, status);
            out.append("</h3>\n<p class=\"change\">").append(Html.escape(Fmt.f("%d session(s), %d %s, %d landings",
                    w.sessions(), w.counted(), r.unit(), w.landings())));
            if (w.change() != null) {
                out.append(". Change: ").append(Html.escape(w.change().text()));
            }
            out.append(".</p>\n");
            if (!w.notes().isEmpty()) {
                out.append("<ul class=\"week-notes\">\n");
                for (String note : w.notes()) {
                    out.append("<li>").append(Html.escape(capitalised(note))).append(".</li>\n");
                }
                out.append("</ul>\n");
            }
            if (!w.sessionsDetail().isEmpty()) {
                sessionsTable(out, r, w);
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    private static void sessionsTable(StringBuilder out, WeeklyReport r, WeekSummary w) {
        out.append("<div class=\"table-wrap\">\n<table class=\"sessions\">\n<thead><tr><th scope=\"col\" class=\"num\">"
                + "session</th><th scope=\"col\">start</th><th scope=\"col\" class=\"num\">")
                .append(Html.escape(r.unit()))
                .append("</th><th scope=\"col\" class=\"num\">landings</th><th scope=\"col\">status</th>"
                        + "<th scope=\"col\" class=\"num\">hours since previous</th><th scope=\"col\">low / "
                        + "moderate / high</th><th scope=\"col\">sets (foot-contacts)</th><th scope=\"col\">flags</th>"
                        + "</tr></thead>\n<tbody>\n");
        for (SessionDetail s : w.sessionsDetail()) {
            out.append("<tr data-session=\"").append(s.id()).append("\" data-status=\"").append(Html.escape(s.status()))
                    .append("\"><td class=\"num\">").append(s.id()).append("</td><td>")
                    .append(Html.escape(clock(s.start()))).append("</td><td class=\"num\">").append(s.counted())
                    .append("</td><td class=\"num\">").append(s.landings()).append("</td><td>");
            badge(out, s.status());
            out.append("</td><td class=\"num\">").append(s.hoursSincePrevious() == null ? "–"
                    : Fmt.num(s.hoursSincePrevious(), 1)).append("</td><td>").append(Html.escape(mix(s.intensity())))
                    .append("</td><td>").append(Html.escape(sets(s.sets()))).append("</td><td>");
            flags(out, s.flags(), r.config());
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private static void about(StringBuilder out, WeeklyReport r) {
        out.append("<section id=\"about\">\n<h2>About these numbers</h2>\n<ul class=\"report-notes\">\n");
        for (String note : r.notes()) {
            out.append("<li>").append(Html.escape(note)).append("</li>\n");
        }
        out.append("</ul>\n");
        WeeklyThresholds th = r.config();
        out.append("<details class=\"thresholds\"><summary>Thresholds used</summary>\n<table class=\"kv\">\n<tbody>\n");
        row(out, "minHoursBetweenSessions", Fmt.f("%.0f h", th.minHoursBetweenSessions()));
        row(out, "strengthBaseWeeks", th.strengthBaseWeeks() + " weeks");
        row(out, "changeLookbackWeeks", th.changeLookbackWeeks() + " weeks");
        row(out, "notableChangePct", Fmt.f("%.0f %%", th.notableChangePct()));
        out.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private static void row(StringBuilder out, String key, String value) {
        out.append("<tr><th scope=\"row\"><code>").append(Html.escape(key)).append("</code></th><td>")
                .append(Html.escape(value)).append("</td></tr>\n");
    }

    private static void badge(StringBuilder out, String status) {
        out.append("<span class=\"badge status-").append(Html.escape(status)).append("\">")
                .append(Html.escape(statusWords(status))).append("</span>");
    }

    private static void flags(StringBuilder out, List<String> flags, WeeklyThresholds th) {
        for (String flag : flags) {
            out.append("<span class=\"flag\" data-flag=\"").append(Html.escape(flag)).append("\" title=\"")
                    .append(Html.escape(flag)).append("\">").append(Html.escape(FlagWords.of(flag, th)))
                    .append("</span> ");
        }
    }

    static String statusWords(String status) {
        return switch (status) {
            case "over" -> "over the range";
            case "within" -> "within the range";
            case "below" -> "below the range";
            case WeekStatus.NONE -> "no sessions";
            default -> status;
        };
    }

    /** {@code 2026-11-16 18:30} from the ISO start with its offset. */
    static String clock(String isoStart) {
        return isoStart.substring(0, 10) + " " + isoStart.substring(11, 16);
    }

    /** {@code 60 / 16 / 6}, and the unknown part when there is one: {@code 60 / 16 / 6 + 10 unknown}. */
    private static String mix(IntensityMix m) {
        String s = Fmt.f("%d / %d / %d", m.low(), m.moderate(), m.high());
        return m.unknown() > 0 ? s + Fmt.f(" + %d unknown", m.unknown()) : s;
    }

    private static String sets(List<SetBreakdown> sets) {
        return sets.isEmpty() ? "none"
                : sets.stream().map(s -> s.exercise() + " " + s.contacts()).collect(Collectors.joining(", "));
    }

    private static String capitalised(String note) {
        return note.isEmpty() ? note : Character.toUpperCase(note.charAt(0)) + note.substring(1);
    }
}
