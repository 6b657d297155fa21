package dev.plyometer.volume;

import java.util.List;

/**
 * What the athlete did, set by set: the exercise and the stance, which the data cannot tell reliably.
 * Set {@code n} of the plan applies to the {@code n}-th set found in the data.
 */
public record Plan(String file, List<PlanSet> sets) {

    public Plan {
        sets = List.copyOf(sets);
    }

    /** One row of the plan. */
    public record PlanSet(int set, Exercise exercise, Stance stance) {
        /** The exercise's intensity; single-leg landings of an unspecified exercise count as high intensity. */
        public Intensity intensity() {
            Intensity i = exercise.intensity();
            return i == Intensity.UNKNOWN && stance == Stance.SINGLE_LEG ? Intensity.HIGH : i;
        }
    }

    /** A plan with no file: one exercise and stance for every set. */
    public static Plan uniform(Exercise exercise, Stance stance) {
        return new Plan(null, List.of(new PlanSet(0, exercise, stance)));
    }

    public boolean isUniform() {
        return file == null;
    }

    /** The row for the 1-based set {@code n}: the matching row, or the last row for sets beyond the plan. */
    public PlanSet forSet(int n) {
        if (isUniform()) {
            return sets.get(0);
        }
        for (PlanSet s : sets) {
            if (s.set() == n) {
                return s;
            }
        }
        return sets.get(sets.size() - 1);
    }
}
