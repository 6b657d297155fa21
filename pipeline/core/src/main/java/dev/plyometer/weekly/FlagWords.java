package dev.plyometer.weekly;

import java.util.Locale;

/**
 * A weekly flag's short name in words, for tags and legends; the week's notes say the same in full sentences. Like
 * the notes, the words describe what happened and never present it as a prediction.
 */
public final class FlagWords {
    private FlagWords() {
    }

    public static String of(String flag, WeeklyThresholds th) {
        return switch (flag) {
            case WeekSummary.SHORT_RECOVERY -> String.format(Locale.ROOT, "under %.0f h between sessions",
                    th.minHoursBetweenSessions());
            case WeekSummary.HIGH_BEFORE_STRENGTH_BASE -> "high intensity before the strength base";
            case WeekSummary.OVER_RANGE -> "a session over the range";
            case WeekSummary.MORE_THAN_PLANNED -> "more sessions than planned";
            case WeekSummary.LARGE_INCREASE -> String.format(Locale.ROOT, "%.0f %% or more above the weeks before",
                    th.notableChangePct());
            default -> flag;
        };
    }
}
