package dev.plyometer.weekly;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2026-W47}): Monday to Sunday, numbered within its week-based year. Which week an instant
 * falls in depends on the time zone: the athlete's local calendar decides, so a session at 00:30 on a Monday in
 * Berlin belongs to that Monday's week even though it is still Sunday in UTC.
 *
 * @param year the week-based year (which can differ from the calendar year around New Year)
 * @param week 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek>, Serializable {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public IsoWeek {
        LocalDate probe = LocalDate.of(year, 6, 1);
        long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "week %d of %d: expected 1 to %d", week, year, weeks));
        }
    }

    /** The week that contains {@code date}. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week that contains {@code instant} on the local calendar of {@code zone}. */
    public static IsoWeek of(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    /** Reads {@code 2026-W47} (also {@code 2026W47}). */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\": expected an ISO week such as 2026-W47");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The Monday that starts the week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday that ends the week. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** The first instant of the week in {@code zone} (Monday 00:00 local, or the first valid time after it). */
    public Instant startIn(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the week in {@code zone}. */
    public Instant endIn(ZoneId zone) {
        return next().startIn(zone);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public IsoWeek minusWeeks(long weeks) {
        return of(monday().minusWeeks(weeks));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    /** {@code 2026-W47}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d-W%02d", year, week);
    }
}
