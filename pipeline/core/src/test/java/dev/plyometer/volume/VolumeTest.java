package dev.plyometer.volume;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolumeTest {

    @ParameterizedTest(name = "{0} contacts at {1}: {2}")
    @CsvSource({
            "79, beginner, below",
            "80, beginner, within",
            "100, beginner, within",
            "101, beginner, over",
            "99, intermediate, below",
            "120, intermediate, within",
            "121, intermediate, over",
            "119, advanced, below",
            "140, advanced, within",
            "141, advanced, over"})
    void comparesTheCountWithTheLevelsRangeInclusive(int contacts, String level, String status) {
        assertThat(Volume.of(Level.parse(level), CountUnit.FOOT_CONTACTS, contacts, contacts / 2).status())
                .isEqualTo(status);
    }

    @Test
    void countsTwoContactsPerTwoFootLandingByDefaultAndLandingsOnRequest() {
        Volume contacts = Volume.of(Level.BEGINNER, CountUnit.FOOT_CONTACTS, 110, 55);
        assertThat(contacts.counted()).isEqualTo(110);
        assertThat(contacts.status()).isEqualTo("over");
        assertThat(contacts.unit()).isEqualTo("foot-contacts");
        Volume landings = Volume.of(Level.BEGINNER, CountUnit.LANDINGS, 110, 55);
        assertThat(landings.counted()).isEqualTo(55);
        assertThat(landings.status()).isEqualTo("below");
        assertThat(landings.unit()).isEqualTo("landings");
        assertThat(landings.footContacts()).isEqualTo(110);
    }

    @Test
    void rejectsAnUnknownLevelNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> Level.parse("elite")).hasMessageContaining("beginner, intermediate or advanced");
    }

    @Test
    void singleLegExercisesAreHighIntensityAndRopeIsLow() {
        assertThat(Exercise.parse("single-leg-hop").intensity()).isEqualTo(Intensity.HIGH);
        assertThat(Exercise.parse("depth-jump").intensity()).isEqualTo(Intensity.HIGH);
        assertThat(Exercise.parse("rope-skip").intensity()).isEqualTo(Intensity.LOW);
        assertThat(Exercise.parse("box-jump").intensity()).isEqualTo(Intensity.MODERATE);
        assertThat(new Plan.PlanSet(1, Exercise.UNSPECIFIED, Stance.SINGLE_LEG).intensity()).isEqualTo(Intensity.HIGH);
    }
}
