package dev.plyometer.weekly;

import java.util.List;

/**
 * An athlete's weekly contact volume over a range of ISO weeks: the model behind the weekly text, Markdown, JSON
 * (schema {@value #SCHEMA}) and HTML reports.
 *
 * @param schema                 {@value #SCHEMA}
 * @param tool                   {@code plyometer 0.1.0}
 * @param athlete                the athlete's name
 * @param timeZone               the zone dates and weeks are in
 * @param level                  the athlete's level
 * @param unit                   the unit {@code counted} is in
 * @param sessionMin             lower bound of the level's session range
 * @param sessionMax             upper bound of the level's session range
 * @param plannedSessionsPerWeek planned sessions per week, or {@code null}
 * @param strengthProgramStart   the strength program's start date, or {@code null} when not known
 * @param strengthBaseFrom       the date the strength base counts as in place, or {@code null}
 * @param from                   first week shown
 * @param to                     last week shown
 * @param weeks                  every week from {@code from} to {@code to}, empty weeks included
 * @param notes                  what applies to the whole report, in plain words
 * @param config                 the thresholds applied
 */
public record WeeklyReport(String schema, String tool, String athlete, String timeZone, String level, String unit,
                           int sessionMin, int sessionMax, Integer plannedSessionsPerWeek, String strengthProgramStart,
                           String strengthBaseFrom, String from, String to, List<WeekSummary> weeks,
                           List<String> notes, WeeklyThresholds config) {
    public static final String SCHEMA = "plyometer.weekly/1";

    public WeeklyReport {
        weeks = List.copyOf(weeks);
        notes = List.copyOf(notes);
    }
}
