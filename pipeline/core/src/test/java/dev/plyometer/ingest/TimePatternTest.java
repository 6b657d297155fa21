package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimePatternTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiterString = "|", value = {
        "M/d/yyyy HH:mm:ss.SSS   | 3/1/2024 10:00:00.000      | 2024-03-01T10:00:00Z",
        "M/d/yyyy HH:mm:ss.SSS   | 12/31/2024 23:59:59.999    | 2024-12-31T23:59:59.999Z",
        "dd/MM/yyyy HH:mm:ss.SSS | 24/04/2026 09:30:00.010    | 2026-04-24T09:30:00.010Z",
        "dd/MM/yyyy HH:mm:ss.SSS | 24/04/2026 09:30:00        | 2026-04-24T09:30:00Z",
        "yyyy-MM-dd HH:mm:ss:SSS | 2025-02-01 09:00:00:005    | 2025-02-01T09:00:00.005Z",
        "yyyy-MM-dd HH:mm:ss:SSS | 2024-02-29 00:00:00:5      | 2024-02-29T00:00:00.500Z",
        "dd.MM.yyyy HH:mm:ss.SSS | 01.03.2024 10:00:00.123456 | 2024-03-01T10:00:00.123456Z"})
    void readsDateTimesInTheLayoutAHeaderStates(String layout, String text, String expected) {
        assertThat(TimePattern.compile(layout).parse(text)).isEqualTo(nanos(Instant.parse(expected)));
    }

    @Test
    void readsAClockTimeAsNanosecondsSinceMidnight() {
        TimePattern clock = TimePattern.compile("HH:mm:ss:SSS");
        assertThat(clock.hasDate()).isFalse();
        assertThat(clock.parse("17:23:55:464")).isEqualTo(LocalTime.parse("17:23:55.464").toNanoOfDay());
        assertThat(clock.parse(" 7:05:00:1 ")).isEqualTo(LocalTime.parse("07:05:00.100").toNanoOfDay());
    }

    @ParameterizedTest(name = "{index}: {0} refuses [{1}]")
    @CsvSource(delimiterString = "|", value = {
        "M/d/yyyy HH:mm:ss.SSS   | 2/30/2024 10:00:00.000",
        "M/d/yyyy HH:mm:ss.SSS   | 13/1/2024 10:00:00.000",
        "M/d/yyyy HH:mm:ss.SSS   | 3/1/24 10:00:00.000",
        "M/d/yyyy HH:mm:ss.SSS   | 3/1/2024 24:00:00.000",
        "M/d/yyyy HH:mm:ss.SSS   | 3/1/2024 10:00:00.",
        "M/d/yyyy HH:mm:ss.SSS   | 3/1/2024 10:00:00.0000000000",
        "M/d/yyyy HH:mm:ss.SSS   | 3/1/2024 10:00:00.000Z",
        "yyyy-MM-dd HH:mm:ss:SSS | 2025-02-01 09:00:00.005",
        "yyyy-MM-dd HH:mm:ss:SSS | 2025-02-01 09:60:00:000",
        "yyyy-MM-dd HH:mm:ss:SSS | ''"})
    void refusesWhatDoesNotFitOrNamesNoRealTime(String layout, String text) {
        TimePattern p = TimePattern.compile(layout);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(p.parse(b, 0, b.length)).isEqualTo(DecimalBytes.NOT_FAST);
        assertThatThrownBy(() -> p.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void refusesLayoutsItCannotRead() {
        assertThatThrownBy(() -> TimePattern.compile("MMM d, yyyy HH:mm:ss")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimePattern.compile("M/d HH:mm:ss")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimePattern.compile("HH:mm")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimePattern.compile("d/M/yy HH:mm:ss")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimePattern.dateAndTime("d/M/yyyy a")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
