package dev.plyometer.weekly;

import java.io.Serializable;

/**
 * Every number the weekly report applies, printed with it under {@code config}.
 *
 * @param minHoursBetweenSessions consecutive plyometric sessions closer than this (hours, start to start) are flagged
 *                                {@code short-recovery}: 48 hours between workouts is the usual recommendation
 * @param strengthBaseWeeks       weeks of strength work recommended before high-intensity plyometrics (the
 *                                guidance says 4–6; the lower end is the default, so the flag is never alarmist)
 * @param changeLookbackWeeks     a week's volume is compared with the mean of up to this many previous weeks
 * @param notableChangePct        an increase of at least this (%) over that mean is flagged {@code large-increase};
 *                                it describes a change, it does not predict injury
 */
public record WeeklyThresholds(double minHoursBetweenSessions, int strengthBaseWeeks, int changeLookbackWeeks,
                               double notableChangePct) implements Serializable {

    public static final WeeklyThresholds DEFAULTS = new WeeklyThresholds(48.0, 4, 4, 20.0);

    public WeeklyThresholds {
        if (!(minHoursBetweenSessions >= 0)) {
            throw new IllegalArgumentException("minHoursBetweenSessions must not be negative: " + minHoursBetweenSessions);
        }
        if (strengthBaseWeeks < 0 || changeLookbackWeeks < 1) {
            throw new IllegalArgumentException("strengthBaseWeeks ≥ 0 and changeLookbackWeeks ≥ 1 expected");
        }
    }
}
