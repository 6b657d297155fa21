package dev.plyometer.check;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LimitCheckTest {
    private static final DetectorAccuracy PERFECT_327 = new DetectorAccuracy(327, 327, 327, "test");

    @Test
    void oneOverTheLimitIsOverButNotCertainly() {
        LimitCheck check = LimitCheck.of(101, 60, Level.BEGINNER, CountUnit.FOOT_CONTACTS, PERFECT_327);
        assertThat(check.status()).isEqualTo("over");
        assertThat(check.certain()).isFalse();
        assertThat(check.band().low()).isCloseTo(101 * Math.pow(0.025, 1.0 / 327), within(1e-9)).isLessThan(100);
        assertThat(check.band().high()).isCloseTo(101 / Math.pow(0.025, 1.0 / 327), within(1e-9));
        assertThat(check.sentence()).startsWith("101 foot-contacts: over the beginner limit of 100; uncertain:")
                .contains("99.9–102.1");
    }

    @Test
    void farOverTheLimitIsCertainlyOver() {
        LimitCheck check = LimitCheck.of(110, 60, Level.BEGINNER, CountUnit.FOOT_CONTACTS, PERFECT_327);
        assertThat(check.over()).isTrue();
        assertThat(check.certain()).isTrue();
        assertThat(check.sentence()).isEqualTo("110 foot-contacts: over the beginner limit of 100");
    }

    @Test
    void atTheLimitIsWithinButTheBandReachesOver() {
        LimitCheck check = LimitCheck.of(100, 50, Level.BEGINNER, CountUnit.FOOT_CONTACTS, PERFECT_327);
        assertThat(check.status()).isEqualTo("within");
        assertThat(check.certain()).isFalse();
        assertThat(check.sentence()).contains("reaches over the limit");
    }

    @Test
    void wellUnderTheLimitIsCertain() {
        LimitCheck within = LimitCheck.of(90, 45, Level.BEGINNER, CountUnit.FOOT_CONTACTS, PERFECT_327);
        assertThat(within.status()).isEqualTo("within");
        assertThat(within.certain()).isTrue();
        LimitCheck below = LimitCheck.of(40, 20, Level.BEGINNER, CountUnit.FOOT_CONTACTS, PERFECT_327);
        assertThat(below.status()).isEqualTo("below");
        assertThat(below.sentence()).isEqualTo("40 foot-contacts: below the beginner range (80–100), under the limit");
    }

    @Test
    void countsInTheUnitAsked() {
        LimitCheck check = LimitCheck.of(130, 65, Level.BEGINNER, CountUnit.LANDINGS, PERFECT_327);
        assertThat(check.counted()).isEqualTo(65);
        assertThat(check.status()).isEqualTo("below");
        assertThat(check.unit()).isEqualTo("landings");
    }

    @Test
    void aLessAccurateDetectorWidensTheBand() {
        DetectorAccuracy rough = new DetectorAccuracy(90, 100, 95, "test");
        LimitCheck check = LimitCheck.of(95, 50, Level.BEGINNER, CountUnit.FOOT_CONTACTS, rough);
        assertThat(check.band().high()).isGreaterThan(100);
        assertThat(check.certain()).isFalse();
    }
}
