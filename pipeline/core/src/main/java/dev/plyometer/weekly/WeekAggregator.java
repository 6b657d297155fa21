package dev.plyometer.weekly;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Sums one athlete's sessions of one ISO week. Pure: it needs only the week's sessions, the start of the session
 * before them (for the hours between sessions) and the athlete's settings, so a batch job grouping by athlete and
 * week can call it per group. The change against earlier weeks needs the weeks before, and is added by
 * {@link WeekChanges}.
 */
public final class WeekAggregator {
    /** ISO-8601 with the offset, always with seconds, so the same session prints the same on every machine. */
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private WeekAggregator() {
    }

    /**
     * @param week          the week
     * @param sessions      the athlete's sessions that start in {@code week} (in the athlete's zone), any order
     * @param previousStart when the last session with contacts before them started, or {@code null} when there is
     *                      none
     */
    public static WeekSummary aggregate(IsoWeek week, List<SessionSummary> sessions, Instant previousStart,
                                        AthleteSettings athlete, WeeklyThresholds th) {
        List<SessionSummary> ordered = sessions.stream()
                .sorted(Comparator.comparing(SessionSummary::start).thenComparingLong(SessionSummary::id)).toList();
        LocalDate baseFrom = athlete.strengthStart() == null ? null
                : athlete.strengthStart().plusWeeks(th.strengthBaseWeeks());
        List<SessionDetail> details = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        IntensityMix mix = IntensityMix.NONE;
        int contacts = 0;
        int landings = 0;
        int highBeforeBase = 0;
        boolean shortRecovery = false;
        boolean over = false;
        Double shortest = null;
        Instant previous = previousStart;
        long previousId = -1;
        for (SessionSummary s : ordered) {
            if (!IsoWeek.of(s.start(), athlete.zone()).equals(week)) {
                throw new IllegalArgumentException("session " + s.id() + " starts " + s.start() + ", outside " + week
                        + " in " + athlete.zone());
            }
            ZonedDateTime local = s.start().atZone(athlete.zone());
            IntensityMix sessionMix = IntensityMix.of(s.sets());
            List<String> flags = new ArrayList<>();
            // a session without plyometric contacts (a run, say) neither needs nor ends a recovery
            boolean plyometric = s.contacts() > 0;
            Double hours = previous == null || !plyometric ? null
                    : Duration.between(previous, s.start()).toMillis() / 3_600_000.0;
            if (hours != null && hours < th.minHoursBetweenSessions()) {
                flags.add(WeekSummary.SHORT_RECOVERY);
                shortRecovery = true;
                notes.add(f("session %d started %.1f h after %s; %.0f h or more between plyometric sessions is "
                                + "recommended", s.id(), hours,
                        previousId >= 0 ? "session " + previousId : "the previous session", th.minHoursBetweenSessions()));
            }
            if (hours != null) {
                shortest = shortest == null ? hours : Math.min(shortest, hours);
            }
            if (baseFrom != null && sessionMix.high() > 0 && local.toLocalDate().isBefore(baseFrom)) {
                flags.add(WeekSummary.HIGH_BEFORE_STRENGTH_BASE);
                highBeforeBase += sessionMix.high();
                notes.add(f("session %d had %d high-intensity foot-contacts %s: the strength program started %s, and "
                                + "%d weeks of strength work are recommended first (until %s)", s.id(), sessionMix.high(),
                        "before the strength base was in place", athlete.strengthStart(), th.strengthBaseWeeks(),
                        baseFrom));
            }
            if ("over".equals(s.status())) {
                over = true;
                notes.add(f("session %d was over the %s range: %d %s, %d–%d per session", s.id(),
                        athlete.level().label(), athlete.counted(s.contacts(), s.landings()), athlete.unit().label(),
                        athlete.level().min(), athlete.level().max()));
            }
            details.add(new SessionDetail(s.id(), LOCAL_TIME.format(local), local.toLocalDate().toString(),
                    s.contacts(), s.landings(), athlete.counted(s.contacts(), s.landings()), s.status(), hours,
                    sessionMix, s.sets(), flags));
            mix = mix.plus(sessionMix);
            contacts += s.contacts();
            landings += s.landings();
            if (plyometric) {
                previous = s.start();
                previousId = s.id();
            }
        }
        List<String> flags = new ArrayList<>();
        if (shortRecovery) {
            flags.add(WeekSummary.SHORT_RECOVERY);
        }
        if (highBeforeBase > 0) {
            flags.add(WeekSummary.HIGH_BEFORE_STRENGTH_BASE);
        }
        if (over) {
            flags.add(WeekSummary.OVER_RANGE);
        }
        Integer planned = athlete.plannedSessionsPerWeek();
        if (planned != null && ordered.size() > planned) {
            flags.add(WeekSummary.MORE_THAN_PLANNED);
            notes.add(f("%d sessions, %d planned per week", ordered.size(), planned));
        }
        return new WeekSummary(week.toString(), week.monday().toString(), week.sunday().toString(), ordered.size(),
                contacts, landings, athlete.counted(contacts, landings), mix, baseFrom == null ? null : highBeforeBase,
                shortest, details, null, flags, notes);
    }

    static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
