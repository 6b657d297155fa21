package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalBytesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-0.0", "+1.5", "1.", ".5", "-.5", "0.1", "9.80665", "-9.7", "1e5", "1E-3",
            "4.524874996E-3", "8.494984589E0", "1.0E-4", " 1.25 ", "\t-2\t", "123456789012345678", "0.30000000000000004",
            "9007199254740993", "1e22", "1e23", "1e-22", "1e-23", "2.2250738585072014E-308", "1e400", "1e-400",
            "NaN", "-Infinity", "Infinity", "0x1p3", "1.5d", "1.5f", "", " ", ".", "-", "+", "e5", "1e", "1e+",
            "1.2.3", "1,5", "abc", "1 2", "--1", "١٢", "1e0000001", "00000000000000000000001.5",
            "1.000000000000000000000000001"})
    void parsesDoublesBitIdenticalToDoubleParseDouble(String text) {
        assertSameAsJdk(text);
    }

    @Test
    void parsesRandomDecimalsBitIdenticalToDoubleParseDouble() {
        Random random = new Random(20240301L);
        for (int i = 0; i < 100_000; i++) {
            assertSameAsJdk(randomNumberText(random));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1709287200", "1709287200.123", "1709287200.1234567894", "1709287200.1234567895",
            "-1.5", "-0.0000000005", "0.0000000005", "0.0000000004999", "1727600000000000000", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "1.6397152682440E12", "4.524874996E-3", "1e-20", "1e20",
            "+.5", "5.", ".", "", "abc", "1e", "12,5", "1.2.3", "1e999999", "0e5", "123456789012345678901234567890e-20"})
    void parsesScaledTimesExactlyLikeBigDecimal(String text) {
        for (int scale : new int[] {0, 3, 6, 9}) {
            assertScaledSameAsBigDecimal(text, scale);
        }
    }

    @Test
    void parsesRandomScaledTimesExactlyLikeBigDecimal() {
        Random random = new Random(7L);
        int fast = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            String text = random.nextBoolean() ? randomNumberText(random)
                    : Long.toString(random.nextLong() >>> random.nextInt(40));
            fast += assertScaledSameAsBigDecimal(text, new int[] {0, 3, 6, 9}[random.nextInt(4)]) ? 1 : 0;
        }
        assertThat(fast).as("share of inputs the byte parser handled itself").isGreaterThan(n / 3);
    }

    @Test
    void keepsAllNineteenDigitsOfEpochNanoseconds() {
        byte[] b = "1727600000123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(DecimalBytes.parseScaled(b, 0, b.length, 0)).isEqualTo(1_727_600_000_123_456_789L);
    }

    @Test
    void takesTheFastPathForPlainDecimals() {
        // Not observable through results (they are identical either way); checked here so the speed does not rot.
        byte[] b = "9.80665".getBytes(StandardCharsets.US_ASCII);
        assertThat(DecimalBytes.parseScaled(b, 0, b.length, 9)).isEqualTo(9_806_650_000L);
    }

    static void assertSameAsJdk(String text) {
        byte[] b = ("," + text + ";").getBytes(StandardCharsets.UTF_8);
        double fast = DecimalBytes.parseDouble(b, 1, b.length - 1);
        double jdk;
        try {
            jdk = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            jdk = Double.NaN;
        }
        assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(jdk));
    }

    /** @return true when the byte parser decided on its own */
    private static boolean assertScaledSameAsBigDecimal(String text, int scale) {
        byte[] b = text.trim().getBytes(StandardCharsets.UTF_8);
        long fast = DecimalBytes.parseScaled(b, 0, b.length, scale);
        String expected;
        try {
            expected = Long.toString(TimeText.numberNanos(text, scale));
        } catch (NumberFormatException | ArithmeticException e) {
            expected = "invalid";
        }
        if (fast != DecimalBytes.NOT_FAST) {
            assertThat(Long.toString(fast)).as(text + " scale " + scale).isEqualTo(expected);
        }
        ByteTimeParser parser = new ByteTimeParser(TimeEncoding.number(scale, true));
        String viaParser = parser.parse(b, 0, b.length) ? Long.toString(parser.value) : "invalid";
        assertThat(viaParser).as(text + " scale " + scale).isEqualTo(expected);
        return fast != DecimalBytes.NOT_FAST;
    }

    /** Numbers as exports write them, and some they should not. */
    static String randomNumberText(Random random) {
        double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
        switch (random.nextInt(9)) {
            case 0:
                return Double.toString(v);
            case 1:
                return String.format(Locale.ROOT, "%." + random.nextInt(10) + "f", v);
            case 2:
                return String.format(Locale.ROOT, "%." + random.nextInt(12) + "E", v);
            case 3:
                return Long.toString(random.nextLong() % 100_000_000_000L);
            case 4:
                return new BigDecimal(v).toPlainString(); // long exact expansions
            case 5:
                return digits(random, 1 + random.nextInt(25)) + "." + digits(random, random.nextInt(25));
            case 6:
                return (random.nextBoolean() ? "+" : "-") + "." + digits(random, 1 + random.nextInt(20))
                        + "e" + (random.nextInt(60) - 30);
            case 7:
                return String.format(Locale.ROOT, "%.3f", v).replace('.', random.nextBoolean() ? ',' : '.');
            default:
                List<String> odd = new ArrayList<>(List.of("-0", "0.0", "1e-23", "4.9e-324", "1.7976931348623157e308",
                        " " + v + " ", "1_0", v + "x"));
                return odd.get(random.nextInt(odd.size()));
        }
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
