package dev.plyometer.volume;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a session's landings into sets: a pause longer than {@code setBreakS} between one touchdown and the next
 * take-off starts a new set. Box jumps with a step-down between reps stay one set; the 2–3 minutes of rest between
 * sets split them.
 */
public final class SetGrouper {
    private SetGrouper() {
    }

    /**
     * @return for each landing, its 1-based set number
     */
    public static int[] assign(double[] takeoffS, double[] touchdownS, double setBreakS) {
        int[] set = new int[takeoffS.length];
        int current = 0;
        for (int i = 0; i < takeoffS.length; i++) {
            if (i == 0 || takeoffS[i] - touchdownS[i - 1] > setBreakS) {
                current++;
            }
            set[i] = current;
        }
        return set;
    }

    /** The number of sets in an assignment. */
    public static int count(int[] sets) {
        return sets.length == 0 ? 0 : sets[sets.length - 1];
    }

    /** Summaries of the sets, given the per-landing values the analysis measured. */
    public static List<SetSummary> summarise(int[] sets, double[] takeoffS, double[] touchdownS, int[] feet,
                                             Plan plan, double shortRestS) {
        List<SetSummary> out = new ArrayList<>();
        int i = 0;
        double previousEnd = Double.NaN;
        while (i < sets.length) {
            int j = i;
            int contacts = 0;
            while (j < sets.length && sets[j] == sets[i]) {
                contacts += feet[j];
                j++;
            }
            Plan.PlanSet row = plan.forSet(sets[i]);
            Intensity intensity = row.intensity();
            Double rest = Double.isNaN(previousEnd) ? null : takeoffS[i] - previousEnd;
            List<String> flags = rest != null && rest < shortRestS && intensity == Intensity.HIGH
                    ? List.of(SetSummary.SHORT_REST) : List.of();
            out.add(new SetSummary(sets[i], takeoffS[i], touchdownS[j - 1], touchdownS[j - 1] - takeoffS[i], j - i,
                    contacts, rest, row.exercise().label(), row.stance().label(), intensity.label(), flags));
            previousEnd = touchdownS[j - 1];
            i = j;
        }
        return out;
    }
}
