package dev.plyometer.weekly;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static dev.plyometer.weekly.Sessions.hops;
import static dev.plyometer.weekly.Sessions.rope;
import static dev.plyometer.weekly.Sessions.session;
import static dev.plyometer.weekly.Sessions.squat;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklyCsvTest {
    private static final AthleteSettings ATHLETE = new AthleteSettings("Zoë \"Z\", O'Brien", Level.BEGINNER,
            ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 10, 12), 2, CountUnit.FOOT_CONTACTS);

    private static WeeklyReport report() {
        return WeeklyReports.build(ATHLETE, List.of(
                session(1, "2026-10-20T16:30:00Z", rope(30), squat(8)),
                session(2, "2026-10-21T16:30:00Z", rope(20), squat(10), hops(6)),
                session(3, "2026-11-03T17:30:00Z", rope(45), squat(10))), null, null, WeeklyThresholds.DEFAULTS);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().build())) {
            return p.getRecords();
        }
    }

    @Test
    void writesOneRowPerWeekEmptyWeeksIncludedWithTheJsonFieldsAndTheWeeksStatus() throws IOException {
        String csv = WeeklyCsv.weeks(report());
        assertThat(csv).startsWith(String.join(",", WeeklyCsv.WEEK_COLUMNS) + "\r\n").endsWith("\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(r -> r.get("week")).containsExactly("2026-W43", "2026-W44", "2026-W45");
        CSVRecord w43 = rows.get(0);
        assertThat(w43.get("athlete")).isEqualTo(ATHLETE.name());
        assertThat(w43.get("sessions")).isEqualTo("2");
        assertThat(w43.get("contacts")).isEqualTo(Integer.toString(60 + 16 + 40 + 20 + 6));
        assertThat(w43.get("low") + "/" + w43.get("moderate") + "/" + w43.get("high")).isEqualTo("100/36/6");
        assertThat(w43.get("status")).as("76 and 66 foot-contacts").isEqualTo("below");
        assertThat(w43.get("shortestHoursBetweenSessions")).isEqualTo("24");
        assertThat(w43.get("flags")).isEqualTo("short-recovery;high-intensity-before-strength-base");
        assertThat(w43.get("previousMean")).as("nothing earlier: empty, not 0").isEmpty();
        CSVRecord w44 = rows.get(1);
        assertThat(w44.get("sessions")).isEqualTo("0");
        assertThat(w44.get("status")).isEqualTo("none");
        assertThat(w44.get("shortestHoursBetweenSessions")).isEmpty();
        // 110 against the mean of 142 and an empty week (71), rounded to 6 decimals like the JSON
        assertThat(rows.get(2).get("changePct")).isEqualTo("54.929577");
        assertThat(rows.get(2).get("change")).isEqualTo(
                "110 foot-contacts, 55 % more than the mean of the previous 2 weeks (71)");
    }

    @Test
    void writesOneRowPerSessionWithItsSetsAndFlags() throws IOException {
        List<CSVRecord> rows = parse(WeeklyCsv.sessions(report()));
        assertThat(rows).extracting(r -> r.get("session")).containsExactly("1", "2", "3");
        CSVRecord second = rows.get(1);
        assertThat(second.get("week")).isEqualTo("2026-W43");
        assertThat(second.get("start")).isEqualTo("2026-10-21T18:30:00+02:00");
        assertThat(second.get("hoursSincePrevious")).isEqualTo("24");
        assertThat(second.get("sets")).isEqualTo("rope-skip 40;squat-jump 20;single-leg-hop 6");
        assertThat(second.get("flags")).isEqualTo("short-recovery;high-intensity-before-strength-base");
        assertThat(rows.get(0).get("hoursSincePrevious")).isEmpty();
    }

    @Test
    void quotesOnlyTheValuesThatNeedIt() {
        String csv = WeeklyCsv.sessions(report());
        assertThat(csv).contains("\r\n\"Zoë \"\"Z\"\", O'Brien\",2026-W43,1,");
        assertThat(csv.lines().skip(1)).allSatisfy(l -> assertThat(l).contains(",foot-contacts,"));
    }
}
