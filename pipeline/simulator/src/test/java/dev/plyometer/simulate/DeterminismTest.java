package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives byte-identical files; another seed gives another session. */
class DeterminismTest {
    @TempDir
    Path dir;

    private static FixtureSpec spec(long seed, Imperfections faults) {
        return new FixtureSpec("determinism", seed, "Squat jumps, pogo and single-leg hops", Location.WAIST, 100,
                SensorSpec.typical(16), ExportFormat.of(TimeEncoding.ISO_UTC, Units.G), faults,
                Instant.parse("2026-11-02T07:30:00Z"),
                b -> b.stand(6).walk(10).set(Exercise.SQUAT_JUMP, 3).rest(30).set(Exercise.POGO, 10).rest(30)
                        .set(Exercise.SINGLE_LEG_HOP, 4).stand(3));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        Imperfections faults = new Imperfections(2, 3, 1.5, 2);
        SessionExport.write(spec(7, faults), dir.resolve("a"));
        SessionExport.write(spec(7, faults), dir.resolve("b"));
        for (String file : new String[] {"determinism.csv", "determinism.truth.json", "determinism.plan.csv"}) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesAnotherSession() throws IOException {
        SessionExport.write(spec(7, Imperfections.NONE), dir.resolve("a"));
        SessionExport.write(spec(8, Imperfections.NONE), dir.resolve("b"));
        assertThat(Files.readString(dir.resolve("a").resolve("determinism.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("b").resolve("determinism.csv")));
        assertThat(Files.readString(dir.resolve("a").resolve("determinism.truth.json")))
                .isNotEqualTo(Files.readString(dir.resolve("b").resolve("determinism.truth.json")));
    }

    @Test
    void noiseDoesNotMoveAnyJump() throws IOException {
        FixtureSpec quiet = spec(7, Imperfections.NONE);
        FixtureSpec noisy = new FixtureSpec(quiet.name(), quiet.seed(), quiet.description(), quiet.location(),
                quiet.sampleRateHz(), quiet.sensor().withNoise(0.03), quiet.format(), quiet.imperfections(),
                quiet.start(), quiet.scenario());
        SessionExport.write(quiet, dir.resolve("a"));
        SessionExport.write(noisy, dir.resolve("b"));
        assertThat(Files.readString(dir.resolve("a").resolve("determinism.truth.json")))
                .isEqualTo(Files.readString(dir.resolve("b").resolve("determinism.truth.json")));
    }
}
