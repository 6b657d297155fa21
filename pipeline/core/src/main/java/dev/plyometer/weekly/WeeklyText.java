package dev.plyometer.weekly;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The weekly report for the terminal. */
public final class WeeklyText {
    private WeeklyText() {
    }

    public static String render(WeeklyReport r) {
        StringBuilder out = new StringBuilder(2048);
        out.append(WeeklyMarkdown.title(r)).append('\n');
        out.append("  ").append(WeeklyMarkdown.context(r)).append('\n');
        for (WeekSummary w : r.weeks()) {
            out.append('\n');
            out.append(f("%s  %s – %s  %d session(s)  %d %s  %d landings  %s%n", w.week(), w.start(), w.end(),
                    w.sessions(), w.counted(), r.unit(), w.landings(), mix(w.intensity())));
            out.append("  change    ").append(w.change() == null ? "–" : w.change().text()).append('\n');
            for (SessionDetail s : w.sessionsDetail()) {
                out.append(f("  session %-4d %s  %4d foot-contacts %4d landings  %-7s %s%n", s.id(), clock(s.start()),
                        s.contacts(), s.landings(), s.status(), hours(s.hoursSincePrevious())));
                out.append("            sets: ").append(sets(s.sets())).append(s.flags().isEmpty() ? ""
                        : "  [" + String.join(", ", s.flags()) + "]").append('\n');
            }
            if (!w.flags().isEmpty()) {
                out.append("  flags     ").append(String.join(", ", w.flags())).append('\n');
            }
            for (String note : w.notes()) {
                out.append("  note      ").append(note).append('\n');
            }
        }
        out.append('\n');
        for (String note : r.notes()) {
            out.append(note).append('\n');
        }
        return out.toString();
    }

    /** {@code 2026-11-16 18:30} from the ISO start with offset. */
    static String clock(String isoStart) {
        return isoStart.substring(0, 10) + " " + isoStart.substring(11, 16);
    }

    static String hours(Double h) {
        return h == null ? "first stored session" : f("%.1f h after the previous", h);
    }

    static String mix(IntensityMix m) {
        String s = f("low %d · moderate %d · high %d", m.low(), m.moderate(), m.high());
        return m.unknown() > 0 ? s + f(" · unknown %d", m.unknown()) : s;
    }

    static String sets(List<SetBreakdown> sets) {
        if (sets.isEmpty()) {
            return "none";
        }
        return sets.stream().map(s -> f("%s %d", s.exercise(), s.contacts())).collect(Collectors.joining(", "));
    }

    static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
