package dev.plyometer.report.html;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SvgTest {
    @Test
    void writesCoordinatesWithAtMostTwoDecimalsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Svg.n(12)).isEqualTo("12");
            assertThat(Svg.n(0.5)).isEqualTo("0.5");
            assertThat(Svg.n(-3.256)).isEqualTo("-3.26");
            assertThat(Svg.n(-0.001)).isEqualTo("0");
            assertThat(Svg.n(1234.999)).isEqualTo("1235");
        } finally {
            Locale.setDefault(before);
        }
    }
}
