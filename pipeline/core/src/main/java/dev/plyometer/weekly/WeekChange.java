package dev.plyometer.weekly;

import java.io.Serializable;

/**
 * How a week's volume compares with the weeks before it, described in plain words. A description, not a prediction:
 * no certain link between weekly jump load and injury has been found.
 *
 * @param comparedWeeks  how many previous weeks the mean is over (0 when there is nothing earlier)
 * @param previousMean   their mean count, in the athlete's unit; {@code null} when there is nothing earlier
 * @param changePct      this week against that mean, in %; {@code null} when the mean is 0 or missing
 * @param text           the change in words
 */
public record WeekChange(int comparedWeeks, Double previousMean, Double changePct, String text)
        implements Serializable {
}
