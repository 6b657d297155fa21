package dev.plyometer.weekly;

import java.util.ArrayList;
import java.util.List;

import static dev.plyometer.weekly.WeekAggregator.f;

/**
 * Describes each week's volume against the mean of the weeks before it. Weeks before the athlete's first stored
 * session are unknown, not zero, so they are never part of a mean. The words describe a change; they never present
 * it as an injury prediction.
 */
public final class WeekChanges {
    private WeekChanges() {
    }

    /**
     * @param weeks consecutive weeks, the first being the week of the athlete's first stored session (or earlier)
     * @return the same weeks with their {@link WeekChange}
     */
    public static List<WeekSummary> describe(List<WeekSummary> weeks, AthleteSettings athlete, WeeklyThresholds th) {
        List<WeekSummary> out = new ArrayList<>(weeks.size());
        int firstKnown = -1;
        for (int i = 0; i < weeks.size(); i++) {
            WeekSummary w = weeks.get(i);
            if (firstKnown < 0 && w.sessions() > 0) {
                firstKnown = i;
            }
            if (firstKnown < 0) {
                out.add(w.withChange(new WeekChange(0, null, null, "before the first stored session"), null, null));
                continue;
            }
            int from = Math.max(firstKnown, i - th.changeLookbackWeeks());
            int k = i - from;
            if (k == 0) {
                out.add(w.withChange(new WeekChange(0, null, null,
                        "the first week in the history: nothing earlier to compare with"), null, null));
                continue;
            }
            double sum = 0;
            for (int j = from; j < i; j++) {
                sum += weeks.get(j).counted();
            }
            double mean = sum / k;
            out.add(change(w, k, mean, athlete.unit().label(), th));
        }
        return out;
    }

    private static WeekSummary change(WeekSummary w, int k, double mean, String unit, WeeklyThresholds th) {
        String previous = k == 1 ? "the previous week" : "the previous " + k + " weeks";
        int n = w.counted();
        if (mean == 0) {
            String text = n == 0 ? "no sessions, as in " + previous
                    : f("%d %s after %s without sessions", n, unit, previous);
            return w.withChange(new WeekChange(k, 0.0, null, text), null, null);
        }
        double pct = 100.0 * (n - mean) / mean;
        String text;
        if (n == 0) {
            text = f("no sessions; %s averaged %.0f %s", previous, mean, unit);
        } else if (Math.abs(pct) < 1) {
            text = f("%d %s, about the same as the mean of %s (%.0f)", n, unit, previous, mean);
        } else {
            text = f("%d %s, %.0f %% %s than the mean of %s (%.0f)", n, unit, Math.abs(pct),
                    pct > 0 ? "more" : "fewer", previous, mean);
        }
        WeekChange change = new WeekChange(k, mean, pct, text);
        if (pct >= th.notableChangePct()) {
            return w.withChange(change, WeekSummary.LARGE_INCREASE, f("%.0f %% more %s than the mean of %s: an "
                    + "increase of %.0f %% or more (a description of the change, not an injury prediction)", pct, unit,
                    previous, th.notableChangePct()));
        }
        return w.withChange(change, null, null);
    }
}
