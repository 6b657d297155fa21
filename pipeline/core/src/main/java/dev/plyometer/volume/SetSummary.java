package dev.plyometer.volume;

import java.util.List;

/**
 * One set: a run of landings separated by short pauses. Times are seconds since the file's first sample.
 *
 * @param set          1-based number
 * @param startS       first take-off
 * @param endS         last touchdown
 * @param durationS    end − start
 * @param jumps        landings in the set
 * @param contacts     foot contacts in the set
 * @param restBeforeS  rest since the previous set's last touchdown; {@code null} for the first set
 * @param exercise     exercise from the plan (or {@code unspecified})
 * @param stance       stance used to count contacts
 * @param intensity    intensity of the exercise
 * @param flags        {@code short-rest} when the rest before a high-intensity set is shorter than the threshold
 */
public record SetSummary(
        int set,
        double startS,
        double endS,
        double durationS,
        int jumps,
        int contacts,
        Double restBeforeS,
        String exercise,
        String stance,
        String intensity,
        List<String> flags) {

    public static final String SHORT_REST = "short-rest";

    public SetSummary {
        flags = List.copyOf(flags);
    }
}
