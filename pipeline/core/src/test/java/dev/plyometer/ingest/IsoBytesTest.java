package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoBytesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-01T10:00:00Z            | 2024-03-01T10:00:00Z",
        "2024-03-01T10:00:00.5Z          | 2024-03-01T10:00:00.500Z",
        "2024-03-01T10:00:00.123456789Z  | 2024-03-01T10:00:00.123456789Z",
        "2024-03-01T12:00:00.250+02:00   | 2024-03-01T10:00:00.250Z",
        "2024-03-01T04:30:00-0530        | 2024-03-01T10:00:00Z",
        "2024-03-01 10:00:00.4640        | 2024-03-01T10:00:00.464Z",
        "2018-01-19 17:46:25.839 +0100   | 2018-01-19T16:46:25.839Z",
        "2026-04-24T14:10:20.058         | 2026-04-24T14:10:20.058Z",
        "2024-02-29t23:59:59.999z        | 2024-02-29T23:59:59.999Z",
        "1969-12-31T23:59:59.9Z          | 1969-12-31T23:59:59.900Z"})
    void parsesCommonShapesToUtcNanoseconds(String text, String expected) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        Instant want = Instant.parse(expected);
        long nanos = want.getEpochSecond() * 1_000_000_000L + want.getNano();
        assertThat(IsoBytes.parse(b, 0, b.length)).isEqualTo(nanos);
        assertThat(TimeText.isoNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T10:00Z", "2024-03-01T10:00:00+02", "2023-02-29T10:00:00", "2024-13-01T10:00:00",
            "2024-03-01T24:00:00", "2024-03-01T10:00:60", "2024-03-01T10:00:00.", "2024-03-01T10:00:00.1234567891",
            "2024-03-01T10:00:00 ", "2024-03-01T10:00:00+19:00", "3000-01-01T00:00:00Z", "2024-03-01X10:00:00",
            "2024-03-01T10:00:00+02:00Z", "+12024-03-01T10:00:00Z"})
    void leavesOtherShapesToJavaTime(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(IsoBytes.parse(b, 0, b.length)).isEqualTo(DecimalBytes.NOT_FAST);
        assertSameAsJavaTime(text);
    }

    @Test
    void agreesWithJavaTimeOnRandomAndMutatedDateTimes() {
        Random random = new Random(42L);
        String[] zones = {"", "Z", "z", "+00:00", "-00:00", "+02:00", "-0530", "+1400", " +0100", " Z", "+02", "+2:00"};
        int fast = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            long seconds = (long) (random.nextDouble() * 4_000_000_000L) - 1_000_000_000L;
            String s = Instant.ofEpochSecond(seconds).toString().substring(0, 19);
            if (random.nextBoolean()) {
                s = s.substring(0, 10) + (random.nextBoolean() ? ' ' : 't') + s.substring(11);
            }
            int fraction = random.nextInt(11);
            if (fraction > 0) {
                StringBuilder f = new StringBuilder(".");
                for (int k = 1; k < fraction; k++) {
                    f.append(random.nextInt(10));
                }
                s += f;
            }
            s += zones[random.nextInt(zones.length)];
            if (random.nextInt(8) == 0) {
                char[] c = s.toCharArray();
                c[random.nextInt(c.length)] = "0123456789:-T +Z."
                        .charAt(random.nextInt(17));
                s = new String(c);
            }
            fast += assertSameAsJavaTime(s) ? 1 : 0;
        }
        assertThat(fast).as("share of inputs the fixed-layout parser handled itself").isGreaterThan(n / 3);
    }

    @Test
    void countsDaysLikeJavaTime() {
        for (long day = -150_000; day < 150_000; day += 7) {
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
            assertThat(IsoBytes.daysFromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(day);
        }
    }

    /** @return true when the fixed-layout parser decided on its own */
    private static boolean assertSameAsJavaTime(String text) {
        byte[] b = text.trim().getBytes(StandardCharsets.US_ASCII);
        String expected;
        try {
            expected = Long.toString(TimeText.isoNanos(text));
        } catch (RuntimeException e) {
            assertThat(TimeText.isFailure(e)).as(e.toString()).isTrue();
            expected = "invalid";
        }
        long fast = IsoBytes.parse(b, 0, b.length);
        if (fast != DecimalBytes.NOT_FAST) {
            assertThat(Long.toString(fast)).as(text).isEqualTo(expected);
        }
        ByteTimeParser parser = new ByteTimeParser(TimeEncoding.ISO_ZONED);
        assertThat(parser.parse(b, 0, b.length) ? Long.toString(parser.value) : "invalid").as(text).isEqualTo(expected);
        return fast != DecimalBytes.NOT_FAST;
    }
}
