package dev.plyometer.weekly;

import dev.plyometer.report.Json;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The weekly report as CSV for spreadsheets, one row per week and one per session: RFC 4180 like the session CSVs
 * (comma, CRLF, quotes only where needed, a header row, numbers rounded like the JSON with a dot, an empty cell for
 * {@code null}, several flags joined with {@value #SEPARATOR}). The first column is the athlete, so the rows of many
 * athletes can be pasted into one sheet; the other columns are the JSON's fields, flattened.
 */
public final class WeeklyCsv {
    public static final String SEPARATOR = ";";
    public static final List<String> WEEK_COLUMNS = List.of("athlete", "week", "start", "end", "sessions",
            "contacts", "landings", "counted", "unit", "status", "low", "moderate", "high", "unknown",
            "highIntensityBeforeStrengthBase", "shortestHoursBetweenSessions", "comparedWeeks", "previousMean",
            "changePct", "change", "flags");
    public static final List<String> SESSION_COLUMNS = List.of("athlete", "week", "session", "start", "date",
            "contacts", "landings", "counted", "unit", "status", "hoursSincePrevious", "low", "moderate", "high",
            "unknown", "sets", "flags");

    private WeeklyCsv() {
    }

    /** One row per week shown, empty weeks included; {@code status} as {@link WeekStatus} decides it. */
    public static String weeks(WeeklyReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary w : r.weeks()) {
            WeekChange c = w.change();
            IntensityMix m = w.intensity();
            rows.add(List.of(r.athlete(), w.week(), w.start(), w.end(), Integer.toString(w.sessions()),
                    Integer.toString(w.contacts()), Integer.toString(w.landings()), Integer.toString(w.counted()),
                    r.unit(), WeekStatus.of(w), Integer.toString(m.low()), Integer.toString(m.moderate()),
                    Integer.toString(m.high()), Integer.toString(m.unknown()),
                    text(w.highIntensityBeforeStrengthBase()), num(w.shortestHoursBetweenSessions()),
                    c == null ? "" : Integer.toString(c.comparedWeeks()), c == null ? "" : num(c.previousMean()),
                    c == null ? "" : num(c.changePct()), c == null ? "" : c.text(), String.join(SEPARATOR, w.flags())));
        }
        return print(WEEK_COLUMNS, rows);
    }

    /** One row per session, in time order; {@code sets} lists each set as {@code exercise contacts}. */
    public static String sessions(WeeklyReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (WeekSummary w : r.weeks()) {
            for (SessionDetail s : w.sessionsDetail()) {
                IntensityMix m = s.intensity();
                rows.add(List.of(r.athlete(), w.week(), Long.toString(s.id()), s.start(), s.date(),
                        Integer.toString(s.contacts()), Integer.toString(s.landings()), Integer.toString(s.counted()),
                        r.unit(), s.status(), num(s.hoursSincePrevious()), Integer.toString(m.low()),
                        Integer.toString(m.moderate()), Integer.toString(m.high()), Integer.toString(m.unknown()),
                        s.sets().stream().map(x -> x.exercise() + " " + x.contacts())
                                .collect(Collectors.joining(SEPARATOR)),
                        String.join(SEPARATOR, s.flags())));
            }
        }
        return print(SESSION_COLUMNS, rows);
    }

    private static String print(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 160);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String num(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? "" : Json.plain(value);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
