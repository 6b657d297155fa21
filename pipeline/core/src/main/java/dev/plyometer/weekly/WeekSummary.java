package dev.plyometer.weekly;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One ISO week of an athlete's plyometric volume. Built by {@link WeekAggregator} from the week's sessions alone (so a
 * batch job can build it per athlete and week), then given its {@link WeekChange} by {@link WeekChanges}.
 *
 * @param week                              {@code 2026-W47}
 * @param start                             its Monday ({@code 2026-11-16})
 * @param end                               its Sunday
 * @param sessions                          sessions in the week
 * @param contacts                          foot contacts
 * @param landings                          landings
 * @param counted                           the count in the athlete's unit
 * @param intensity                         foot contacts by intensity
 * @param highIntensityBeforeStrengthBase   high-intensity foot contacts in sessions before the strength base was in
 *                                          place; {@code null} when the strength program's start is not known
 * @param shortestHoursBetweenSessions      the shortest time between a session of this week and the one before it
 *                                          (which may be in the previous week); {@code null} when there is none
 * @param sessionsDetail                    the sessions, in time order
 * @param change                            against the previous weeks; {@code null} until {@link WeekChanges} ran
 * @param flags                             {@code short-recovery}, {@code high-intensity-before-strength-base},
 *                                          {@code over-range}, {@code more-sessions-than-planned},
 *                                          {@code large-increase}
 * @param notes                             the flags and other facts in plain words
 */
public record WeekSummary(String week, String start, String end, int sessions, int contacts, int landings,
                          int counted, IntensityMix intensity, Integer highIntensityBeforeStrengthBase,
                          Double shortestHoursBetweenSessions, List<SessionDetail> sessionsDetail, WeekChange change,
                          List<String> flags, List<String> notes) implements Serializable {

    public static final String SHORT_RECOVERY = "short-recovery";
    public static final String HIGH_BEFORE_STRENGTH_BASE = "high-intensity-before-strength-base";
    public static final String OVER_RANGE = "over-range";
    public static final String MORE_THAN_PLANNED = "more-sessions-than-planned";
    public static final String LARGE_INCREASE = "large-increase";

    public WeekSummary {
        sessionsDetail = List.copyOf(sessionsDetail);
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    /** This week with its change, plus a flag and a note when the change calls for one. */
    WeekSummary withChange(WeekChange c, String flag, String note) {
        List<String> f = new ArrayList<>(flags);
        List<String> n = new ArrayList<>(notes);
        if (flag != null) {
            f.add(flag);
        }
        if (note != null) {
            n.add(note);
        }
        return new WeekSummary(week, start, end, sessions, contacts, landings, counted, intensity,
                highIntensityBeforeStrengthBase, shortestHoursBetweenSessions, sessionsDetail, c, f, n);
    }
}
