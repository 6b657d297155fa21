package dev.plyometer.weekly;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeekStatusTest {
    private static SessionDetail s(long id, int counted, String status) {
        return new SessionDetail(id, "2026-11-02T18:00:00+01:00", "2026-11-02", counted, counted / 2, counted, status,
                null, IntensityMix.NONE, List.of(), List.of());
    }

    private static WeekSummary week(SessionDetail... sessions) {
        return new WeekSummary("2026-W45", "2026-11-02", "2026-11-08", sessions.length, 0, 0, 0, IntensityMix.NONE,
                null, null, List.of(sessions), null, List.of(), List.of());
    }

    @Test
    void aWeekWithASessionOverTheRangeIsOverEvenWhenALargerOneIsNot() {
        // the larger session was analysed at a higher level, so it is within; the smaller is over its own range
        assertThat(WeekStatus.of(week(s(1, 130, "within"), s(2, 104, "over")))).isEqualTo("over");
        assertThat(WeekStatus.deciding(week(s(1, 130, "within"), s(2, 104, "over")).sessionsDetail()).id())
                .isEqualTo(2);
    }

    @Test
    void otherwiseTheLargestSessionDecidesAndTheFirstOfEqualsWins() {
        assertThat(WeekStatus.of(week(s(1, 52, "below"), s(2, 91, "within")))).isEqualTo("within");
        assertThat(WeekStatus.of(week(s(1, 52, "below"), s(2, 60, "below")))).isEqualTo("below");
        assertThat(WeekStatus.deciding(List.of(s(1, 90, "within"), s(2, 90, "within"))).id()).isEqualTo(1);
    }

    @Test
    void aWeekWithoutSessionsIsNone() {
        assertThat(WeekStatus.of(week())).isEqualTo(WeekStatus.NONE);
    }
}
