package dev.plyometer.weekly;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static dev.plyometer.weekly.Sessions.hops;
import static dev.plyometer.weekly.Sessions.rope;
import static dev.plyometer.weekly.Sessions.session;
import static dev.plyometer.weekly.Sessions.squat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyReportsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AthleteSettings ANA = new AthleteSettings("ana", Level.BEGINNER, BERLIN,
            LocalDate.of(2026, 10, 12), 2, CountUnit.FOOT_CONTACTS);
    private static final WeeklyThresholds TH = WeeklyThresholds.DEFAULTS;

    private static WeeklyReport build(AthleteSettings athlete, List<SessionSummary> sessions) {
        return WeeklyReports.build(athlete, sessions, null, null, TH);
    }

    @Test
    void weekTotalsAreTheSumsOfTheirSessions() {
        List<SessionSummary> sessions = List.of(
                session(1, "2026-10-20T16:30:00Z", rope(30), squat(8)),
                session(2, "2026-10-23T16:30:00Z", rope(20), squat(10), hops(6)),
                session(3, "2026-10-27T17:30:00Z", rope(25)));
        WeeklyReport r = build(ANA, sessions);
        assertThat(r.weeks()).extracting(WeekSummary::week).containsExactly("2026-W43", "2026-W44");
        WeekSummary w43 = r.weeks().get(0);
        assertThat(w43.sessions()).isEqualTo(2);
        assertThat(w43.contacts()).isEqualTo(60 + 16 + 40 + 20 + 6);
        assertThat(w43.landings()).isEqualTo(30 + 8 + 20 + 10 + 6);
        assertThat(w43.intensity()).isEqualTo(new IntensityMix(100, 36, 6, 0));
        assertThat(w43.sessionsDetail()).extracting(SessionDetail::id).containsExactly(1L, 2L);
        assertThat(w43.start()).isEqualTo("2026-10-19");
        assertThat(w43.end()).isEqualTo("2026-10-25");
    }

    @Test
    void aSessionAfterMidnightOnMondayInBerlinCountsInTheNewWeek() {
        // 23:30Z on Sunday 15 November is 00:30 on Monday 16 November in Berlin (CET, UTC+1)
        List<SessionSummary> sessions = List.of(session(1, "2026-11-13T17:00:00Z", rope(40)),
                session(2, "2026-11-15T23:30:00Z", rope(45)));
        WeeklyReport r = build(ANA, sessions);
        assertThat(r.weeks()).extracting(WeekSummary::week).containsExactly("2026-W46", "2026-W47");
        assertThat(r.weeks().get(1).sessionsDetail().get(0).start()).isEqualTo("2026-11-16T00:30:00+01:00");
        AthleteSettings utc = new AthleteSettings("ana", Level.BEGINNER, ZoneId.of("UTC"), null, 2,
                CountUnit.FOOT_CONTACTS);
        assertThat(build(utc, sessions).weeks()).extracting(WeekSummary::week).containsExactly("2026-W46");
    }

    @Test
    void hoursBetweenSessionsAreRealHoursAcrossTheAutumnClockChange() {
        // Saturday 18:00 CEST to Monday 17:00 CET: the wall clock says 47 h, but 48 real hours passed
        List<SessionSummary> sessions = List.of(session(1, "2026-10-24T16:00:00Z", rope(40)),
                session(2, "2026-10-26T16:00:00Z", rope(40)));
        WeeklyReport r = build(ANA, sessions);
        SessionDetail monday = r.weeks().get(1).sessionsDetail().get(0);
        assertThat(monday.start()).isEqualTo("2026-10-26T17:00:00+01:00");
        assertThat(monday.hoursSincePrevious()).isEqualTo(48.0);
        assertThat(monday.flags()).doesNotContain(WeekSummary.SHORT_RECOVERY);
        assertThat(r.weeks().get(1).shortestHoursBetweenSessions()).isEqualTo(48.0);
    }

    @Test
    void hoursBetweenSessionsAreRealHoursAcrossTheSpringClockChange() {
        // Saturday 18:00 CET to Monday 18:30 CEST: the wall clock says 48.5 h, but only 47.5 real hours passed
        List<SessionSummary> sessions = List.of(session(1, "2026-03-28T17:00:00Z", rope(40)),
                session(2, "2026-03-30T16:30:00Z", rope(40)));
        WeekSummary w14 = build(ANA, sessions).weeks().get(1);
        assertThat(w14.week()).isEqualTo("2026-W14");
        assertThat(w14.sessionsDetail().get(0).hoursSincePrevious()).isEqualTo(47.5);
        assertThat(w14.flags()).contains(WeekSummary.SHORT_RECOVERY);
        assertThat(w14.notes()).anySatisfy(n -> assertThat(n).contains("47.5 h").contains("48 h or more"));
    }

    @Test
    void flagsHighIntensityContactsBeforeTheStrengthBase() {
        // strength program from 12 October: with 4 weeks of strength work the base is in place from 9 November
        List<SessionSummary> sessions = List.of(session(1, "2026-11-05T17:00:00Z", rope(40), hops(8)),
                session(2, "2026-11-09T17:00:00Z", rope(40), hops(10)));
        WeeklyReport r = build(ANA, sessions);
        assertThat(r.strengthBaseFrom()).isEqualTo("2026-11-09");
        WeekSummary before = r.weeks().get(0);
        WeekSummary after = r.weeks().get(1);
        assertThat(before.highIntensityBeforeStrengthBase()).isEqualTo(8);
        assertThat(before.flags()).contains(WeekSummary.HIGH_BEFORE_STRENGTH_BASE);
        assertThat(after.highIntensityBeforeStrengthBase()).isZero();
        assertThat(after.flags()).doesNotContain(WeekSummary.HIGH_BEFORE_STRENGTH_BASE);
    }

    @Test
    void withoutAStrengthStartTheBaseIsNotCheckedAndTheReportSaysSo() {
        AthleteSettings unknown = new AthleteSettings("ana", Level.BEGINNER, BERLIN, null, null,
                CountUnit.FOOT_CONTACTS);
        WeeklyReport r = build(unknown, List.of(session(1, "2026-11-05T17:00:00Z", hops(20))));
        assertThat(r.weeks().get(0).highIntensityBeforeStrengthBase()).isNull();
        assertThat(r.weeks().get(0).flags()).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("--strength-start"));
    }

    @Test
    void describesTheChangeAgainstThePreviousWeeksInPlainWords() {
        List<SessionSummary> sessions = List.of(
                session(1, "2026-10-20T16:30:00Z", rope(40)),   // W43: 80
                session(2, "2026-10-27T17:30:00Z", rope(40)),   // W44: 80
                session(3, "2026-11-03T17:30:00Z", rope(50)),   // W45: 100, 25 % over 80
                session(4, "2026-11-17T17:30:00Z", rope(45))); // W47 after an empty W46
        WeeklyReport r = build(ANA, sessions);
        assertThat(r.weeks()).extracting(WeekSummary::week)
                .containsExactly("2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47");
        assertThat(r.weeks().get(0).change().text()).contains("nothing earlier to compare with");
        assertThat(r.weeks().get(1).change().text()).contains("about the same as the mean of the previous week");
        WeekSummary w45 = r.weeks().get(2);
        assertThat(w45.change().changePct()).isEqualTo(25.0);
        assertThat(w45.change().text()).isEqualTo("100 foot-contacts, 25 % more than the mean of the previous 2 "
                + "weeks (80)");
        assertThat(w45.flags()).contains(WeekSummary.LARGE_INCREASE);
        assertThat(w45.notes()).anySatisfy(n -> assertThat(n).contains("not an injury prediction"));
        assertThat(r.weeks().get(3).sessions()).isZero();
        assertThat(r.weeks().get(3).change().text()).isEqualTo("no sessions; the previous 3 weeks averaged 87 "
                + "foot-contacts");
        // W47 against W43-W46: (80 + 80 + 100 + 0) / 4 = 65
        assertThat(r.weeks().get(4).change().previousMean()).isEqualTo(65.0);
        assertThat(r.notes()).contains(WeeklyReports.NOT_A_PREDICTION);
    }

    @Test
    void aWeekAskedForAloneStillComparesWithTheWeeksBeforeIt() {
        List<SessionSummary> sessions = List.of(session(1, "2026-10-20T16:30:00Z", rope(40)),
                session(2, "2026-10-27T17:30:00Z", rope(60)));
        WeeklyReport r = WeeklyReports.build(ANA, sessions, IsoWeek.parse("2026-W44"), IsoWeek.parse("2026-W44"), TH);
        assertThat(r.weeks()).hasSize(1);
        assertThat(r.weeks().get(0).change().previousMean()).isEqualTo(80.0);
        assertThat(r.weeks().get(0).sessionsDetail().get(0).hoursSincePrevious()).isEqualTo(169.0);
    }

    @Test
    void weeksBeforeTheFirstSessionAreUnknownNotZero() {
        List<SessionSummary> sessions = List.of(session(1, "2026-10-20T16:30:00Z", rope(40)));
        WeeklyReport r = WeeklyReports.build(ANA, sessions, IsoWeek.parse("2026-W41"), null, TH);
        assertThat(r.weeks()).extracting(WeekSummary::week).containsExactly("2026-W41", "2026-W42", "2026-W43");
        assertThat(r.weeks().get(0).change().text()).isEqualTo("before the first stored session");
        assertThat(r.weeks().get(2).change().comparedWeeks()).isZero();
    }

    @Test
    void flagsSessionsOverTheRangeAndMoreSessionsThanPlanned() {
        List<SessionSummary> sessions = List.of(session(1, "2026-10-19T16:30:00Z", rope(52)),
                session(2, "2026-10-21T16:30:00Z", rope(40)), session(3, "2026-10-24T08:30:00Z", rope(40)));
        WeekSummary w = build(ANA, sessions).weeks().get(0);
        assertThat(w.flags()).contains(WeekSummary.OVER_RANGE, WeekSummary.MORE_THAN_PLANNED);
        assertThat(w.notes()).contains("session 1 was over the beginner range: 104 foot-contacts, 80–100 per session",
                "3 sessions, 2 planned per week");
    }

    @Test
    void countsInLandingsWhenTheAthleteUsesThatUnit() {
        AthleteSettings landings = new AthleteSettings("ana", Level.BEGINNER, BERLIN, null, null, CountUnit.LANDINGS);
        WeeklyReport r = build(landings, List.of(session(1, "2026-10-20T16:30:00Z", rope(30), hops(5))));
        assertThat(r.unit()).isEqualTo("landings");
        assertThat(r.weeks().get(0).counted()).isEqualTo(35);
        assertThat(r.weeks().get(0).contacts()).isEqualTo(65);
    }

    @Test
    void anEmptyRangeIsRefused() {
        assertThatThrownBy(() -> WeeklyReports.build(ANA, List.of(), IsoWeek.parse("2026-W45"),
                IsoWeek.parse("2026-W44"), TH)).hasMessageContaining("is empty");
    }

    @Test
    void anAthleteWithoutSessionsGetsAReportWithoutWeeks() {
        WeeklyReport r = build(ANA, List.of());
        assertThat(r.weeks()).isEmpty();
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).isEqualTo("No sessions are stored for ana."));
    }

    @Test
    void textAndMarkdownNameEveryWeekAndSession() {
        WeeklyReport r = build(ANA, List.of(session(7, "2026-10-20T16:30:00Z", rope(30), squat(8))));
        assertThat(WeeklyText.render(r)).contains("2026-W43").contains("session 7").contains("rope-skip 60, squat-jump 16");
        assertThat(WeeklyMarkdown.render(r)).contains("| 2026-W43 | 2026-10-19 – 2026-10-25 | 1 | 76 |")
                .contains("## Thresholds");
    }

    @Test
    void aSessionWithoutContactsNeitherNeedsNorEndsARecovery() {
        SessionSummary run = new SessionSummary("ana", 2, java.time.Instant.parse("2026-10-21T16:30:00Z"), 0, 0,
                "below", List.of());
        List<SessionSummary> sessions = List.of(session(1, "2026-10-19T16:30:00Z", rope(40)), run,
                session(3, "2026-10-22T16:30:00Z", rope(40)));
        WeekSummary w = build(ANA, sessions).weeks().get(0);
        assertThat(w.sessionsDetail().get(1).hoursSincePrevious()).isNull();
        assertThat(w.sessionsDetail().get(2).hoursSincePrevious()).isEqualTo(72.0);
        assertThat(w.flags()).doesNotContain(WeekSummary.SHORT_RECOVERY);
    }
}
