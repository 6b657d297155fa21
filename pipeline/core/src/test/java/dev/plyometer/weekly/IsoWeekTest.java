package dev.plyometer.weekly;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void readsAndWritesTheIsoLabel() {
        IsoWeek week = IsoWeek.parse("2026-W47");
        assertThat(week).isEqualTo(new IsoWeek(2026, 47));
        assertThat(week.toString()).isEqualTo("2026-W47");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(IsoWeek.parse("2026W03").toString()).isEqualTo("2026-W03");
    }

    @Test
    void theLastDaysOfTheYearCanBelongToWeek53() {
        // 1 January 2026 is a Thursday, so 2026 has 53 ISO weeks and 1 January 2027 is still in 2026-W53
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).isEqualTo(new IsoWeek(2026, 53));
        assertThat(new IsoWeek(2026, 53).next()).isEqualTo(new IsoWeek(2027, 1));
        assertThatThrownBy(() -> new IsoWeek(2027, 53)).hasMessageContaining("expected 1 to 52");
    }

    @Test
    void aMondayJustAfterMidnightInBerlinIsTheNewWeekThoughUtcIsStillSunday() {
        Instant mondayHalfPastMidnightBerlin = Instant.parse("2026-11-15T23:30:00Z"); // Mon 16 Nov 00:30 CET
        assertThat(IsoWeek.of(mondayHalfPastMidnightBerlin, BERLIN)).hasToString("2026-W47");
        assertThat(IsoWeek.of(mondayHalfPastMidnightBerlin, ZoneOffset.UTC)).hasToString("2026-W46");
    }

    @Test
    void weekStartsFollowTheZonesOffsetAcrossTheAutumnClockChange() {
        // Berlin leaves summer time on Sunday 25 October 2026: W43 starts at 22:00Z (CEST), W44 at 23:00Z (CET)
        assertThat(new IsoWeek(2026, 43).startIn(BERLIN)).isEqualTo(Instant.parse("2026-10-18T22:00:00Z"));
        assertThat(new IsoWeek(2026, 44).startIn(BERLIN)).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(IsoWeek.of(Instant.parse("2026-10-25T22:59:00Z"), BERLIN)).hasToString("2026-W43");
        assertThat(IsoWeek.of(Instant.parse("2026-10-25T23:00:00Z"), BERLIN)).hasToString("2026-W44");
    }

    @Test
    void refusesTextThatIsNotAWeek() {
        assertThatThrownBy(() -> IsoWeek.parse("2026-47")).hasMessageContaining("expected an ISO week such as 2026-W47");
    }
}
