package dev.plyometer.weekly;

import static dev.plyometer.weekly.WeeklyText.f;

/** The weekly report as Markdown. */
public final class WeeklyMarkdown {
    private WeeklyMarkdown() {
    }

    public static String render(WeeklyReport r) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(title(r)).append("\n\n");
        md.append(context(r)).append("\n\n");
        md.append("| week | dates | sessions | ").append(r.unit()).append(" | landings | low | moderate | high | "
                + "high before strength base | shortest gap (h) | change | flags |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (WeekSummary w : r.weeks()) {
            md.append(f("| %s | %s – %s | %d | %d | %d | %d | %d | %d | %s | %s | %s | %s |%n", w.week(), w.start(),
                    w.end(), w.sessions(), w.counted(), w.landings(), w.intensity().low(), w.intensity().moderate(),
                    w.intensity().high(), w.highIntensityBeforeStrengthBase() == null ? "–"
                            : w.highIntensityBeforeStrengthBase().toString(),
                    w.shortestHoursBetweenSessions() == null ? "–" : f("%.1f", w.shortestHoursBetweenSessions()),
                    w.change() == null ? "–" : w.change().text(), String.join(", ", w.flags())));
        }
        for (WeekSummary w : r.weeks()) {
            if (w.sessions() == 0 && w.notes().isEmpty()) {
                continue;
            }
            md.append("\n## ").append(w.week()).append(" (").append(w.start()).append(" – ").append(w.end())
                    .append(")\n\n");
            md.append("| session | start | foot-contacts | landings | status | hours since previous | sets | flags |\n");
            md.append("|---:|---|---:|---:|---|---:|---|---|\n");
            for (SessionDetail s : w.sessionsDetail()) {
                md.append(f("| %d | %s | %d | %d | %s | %s | %s | %s |%n", s.id(), WeeklyText.clock(s.start()),
                        s.contacts(), s.landings(), s.status(),
                        s.hoursSincePrevious() == null ? "–" : f("%.1f", s.hoursSincePrevious()),
                        WeeklyText.sets(s.sets()), String.join(", ", s.flags())));
            }
            if (!w.notes().isEmpty()) {
                md.append('\n');
                for (String note : w.notes()) {
                    md.append("- ").append(note).append('\n');
                }
            }
        }
        md.append("\n## Notes\n\n");
        for (String note : r.notes()) {
            md.append("- ").append(note).append('\n');
        }
        WeeklyThresholds th = r.config();
        md.append("\n## Thresholds\n\n| threshold | value |\n|---|---:|\n");
        md.append(f("| minHoursBetweenSessions | %.0f |%n", th.minHoursBetweenSessions()));
        md.append(f("| strengthBaseWeeks | %d |%n", th.strengthBaseWeeks()));
        md.append(f("| changeLookbackWeeks | %d |%n", th.changeLookbackWeeks()));
        md.append(f("| notableChangePct | %.0f |%n", th.notableChangePct()));
        return md.toString();
    }

    /** {@code Weekly plyometric volume: ana, 2026-W43 to 2026-W46}. */
    public static String title(WeeklyReport r) {
        String range = r.from() == null ? "no sessions"
                : r.from().equals(r.to()) ? r.from() : r.from() + " to " + r.to();
        return "Weekly plyometric volume: " + r.athlete() + ", " + range;
    }

    /** The athlete's zone, level and range, plan and strength base in one sentence. */
    public static String context(WeeklyReport r) {
        StringBuilder s = new StringBuilder();
        s.append(f("Time zone %s. Level %s: %d–%d %s per session.", r.timeZone(), r.level(), r.sessionMin(),
                r.sessionMax(), r.unit()));
        if (r.plannedSessionsPerWeek() != null) {
            s.append(f(" Planned: %d session(s) per week.", r.plannedSessionsPerWeek()));
        }
        if (r.strengthProgramStart() != null) {
            s.append(f(" Strength program started %s; base in place from %s.", r.strengthProgramStart(),
                    r.strengthBaseFrom()));
        }
        return s.toString();
    }
}
