package dev.plyometer.validate;

import java.util.List;

/**
 * The known truth of a simulated session, stored beside the export as {@code NAME.truth.json}.
 * All times are seconds since the export's first sample (the first data row written to the file).
 *
 * @param file          the export this truth describes, relative to the truth file's folder
 * @param description   one line for people
 * @param location      sensor location: {@code waist}, {@code ankle} or {@code wrist}
 * @param sampleRateHz  nominal sample rate of the export
 * @param rangeG        the simulated sensor's range (±g); peaks beyond it are clipped in the export
 * @param plan          plan file (relative) naming exercise and stance per set, or {@code null}
 * @param stance        stance for the whole file when there is no plan: {@code two-foot} or {@code single-leg}
 * @param seed          the random seed that produced it
 * @param jumps         every landing that counts as a plyometric contact, in time order
 * @param sets          the sets, in time order
 * @param totals        jump and contact totals
 * @param distractors   counts of simulated movements that must not be counted
 */
public record Truth(
        String file,
        String description,
        String location,
        double sampleRateHz,
        double rangeG,
        String plan,
        String stance,
        long seed,
        List<TruthJump> jumps,
        List<TruthSet> sets,
        TruthTotals totals,
        TruthDistractors distractors) {

    public Truth {
        jumps = List.copyOf(jumps);
        sets = List.copyOf(sets);
    }

    /**
     * One landing.
     *
     * @param takeoffS    time the feet left the ground (for a drop from a box: the moment support was lost)
     * @param touchdownS  time of ground contact
     * @param flightTimeS touchdown − take-off
     * @param peakG       true peak of the acceleration magnitude at the sensor after touchdown, before clipping
     * @param rfdBwPerS   true landing RFD index: (peak − magnitude at touchdown) / (time from touchdown to peak)
     * @param feet        2 for a two-foot landing, 1 for single-leg
     * @param set         1-based set number
     * @param exercise    exercise name, for example {@code squat-jump}
     */
    public record TruthJump(
            double takeoffS,
            double touchdownS,
            double flightTimeS,
            double peakG,
            double rfdBwPerS,
            int feet,
            int set,
            String exercise) {
    }

    /**
     * One set: its first take-off to its last touchdown.
     */
    public record TruthSet(int set, double startS, double endS, int jumps, int contacts, String exercise,
                           String stance) {
    }

    public record TruthTotals(int jumps, int contacts, int landings) {
    }

    /**
     * Movements simulated on purpose that are not plyometric contacts.
     */
    public record TruthDistractors(int runningStrides, int walkingSteps, int armSwings, int stepDowns) {
    }
}
