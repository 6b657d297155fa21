package dev.plyometer.volume;

import dev.plyometer.ingest.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanReaderTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("session.plan.csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsExerciseAndStancePerSetSkippingComments() throws IOException {
        Plan plan = PlanReader.read(write("""
                # plyometer plan: one row per set, in order
                set,exercise,stance
                1,rope-skip,two-foot
                2,single-leg-hop,single-leg
                3,depth-jump,
                """));
        assertThat(plan.sets()).hasSize(3);
        assertThat(plan.forSet(2).stance()).isEqualTo(Stance.SINGLE_LEG);
        assertThat(plan.forSet(3).exercise()).isEqualTo(Exercise.DEPTH_JUMP);
        assertThat(plan.forSet(3).stance()).as("empty stance: the exercise's usual one").isEqualTo(Stance.TWO_FOOT);
        assertThat(plan.forSet(7).exercise()).as("beyond the plan: its last row").isEqualTo(Exercise.DEPTH_JUMP);
    }

    @Test
    void namesTheFileAndLineOfAnUnknownExercise() throws IOException {
        Path file = write("set,exercise,stance\n1,squat-jump,two-foot\n2,burpee,two-foot\n");
        assertThatThrownBy(() -> PlanReader.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(file + ":3: unknown exercise \"burpee\"");
    }

    @Test
    void saysWhatHeaderWasExpected() throws IOException {
        Path file = write("exercise;stance\nrope-skip;two-foot\n");
        assertThatThrownBy(() -> PlanReader.read(file))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("expected a plan header \"set,exercise,stance\"");
    }

    @Test
    void refusesAPlanWithoutSets() throws IOException {
        Path file = write("set,exercise,stance\n");
        assertThatThrownBy(() -> PlanReader.read(file)).hasMessageContaining("the plan has no sets");
    }
}
