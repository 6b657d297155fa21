package dev.plyometer.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.plyometer.validate.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The truth files say what the sessions hold, consistently. */
class TruthTest {
    @TempDir
    static Path dir;
    static List<FixtureSummary> summaries;

    @BeforeAll
    static void writeFixtures() throws IOException {
        summaries = FixtureCatalog.writeAll(dir);
    }

    private static Truth truth(FixtureSummary f) throws IOException {
        return TruthJson.read(dir.resolve(f.name() + ".truth.json"));
    }

    @Test
    void contactsAreTheSumOfFeet() throws IOException {
        for (FixtureSummary f : summaries) {
            Truth t = truth(f);
            int feet = t.jumps().stream().mapToInt(Truth.TruthJump::feet).sum();
            assertThat(t.totals().contacts()).as(f.name()).isEqualTo(feet);
            assertThat(t.totals().jumps()).isEqualTo(t.jumps().size()).isEqualTo(t.totals().landings());
            assertThat(t.sets().stream().mapToInt(Truth.TruthSet::contacts).sum()).isEqualTo(feet);
            assertThat(t.sets().stream().mapToInt(Truth.TruthSet::jumps).sum()).isEqualTo(t.jumps().size());
            for (Truth.TruthJump j : t.jumps()) {
                assertThat(j.feet()).isEqualTo(j.exercise().equals("single-leg-hop") || j.exercise().equals("bound")
                        ? 1 : 2);
            }
        }
    }

    @Test
    void jumpsAreInTimeOrderWithFlightTimeBetweenTakeoffAndTouchdown() throws IOException {
        for (FixtureSummary f : summaries) {
            Truth t = truth(f);
            double last = -1;
            for (Truth.TruthJump j : t.jumps()) {
                assertThat(j.takeoffS()).isGreaterThan(last);
                assertThat(j.flightTimeS()).isCloseTo(j.touchdownS() - j.takeoffS(), within(1e-9));
                assertThat(j.flightTimeS()).isBetween(0.15, 0.6);
                assertThat(j.peakG()).isGreaterThan(1.5);
                assertThat(j.rfdBwPerS()).isPositive();
                last = j.touchdownS();
            }
        }
    }

    @Test
    void setsAreNumberedFromOneAndSpanFirstTakeoffToLastTouchdown() throws IOException {
        for (FixtureSummary f : summaries) {
            Truth t = truth(f);
            for (int i = 0; i < t.sets().size(); i++) {
                Truth.TruthSet s = t.sets().get(i);
                assertThat(s.set()).isEqualTo(i + 1);
                List<Truth.TruthJump> mine = t.jumps().stream().filter(j -> j.set() == s.set()).toList();
                assertThat(mine).hasSize(s.jumps());
                assertThat(s.startS()).isEqualTo(mine.get(0).takeoffS());
                assertThat(s.endS()).isEqualTo(mine.get(mine.size() - 1).touchdownS());
                assertThat(mine).allMatch(j -> j.exercise().equals(s.exercise()));
            }
        }
    }

    @Test
    void restsBetweenSetsAreTwoToThreeMinutesExceptInTheShortFixtures() throws IOException {
        for (FixtureSummary f : summaries) {
            Truth t = truth(f);
            for (int i = 1; i < t.sets().size(); i++) {
                double rest = t.sets().get(i).startS() - t.sets().get(i - 1).endS();
                // short-rests on purpose; format-* kept short (one session written in every dialect)
                if (f.name().startsWith("short-rests") || f.name().startsWith("format-")) {
                    assertThat(rest).as(f.name()).isBetween(20.0, 60.0);
                } else {
                    assertThat(rest).as(f.name()).isBetween(110.0, 200.0);
                }
            }
        }
    }

    @Test
    void depthJumpsCountTwoLandingsPerRepetition() throws IOException {
        FixtureSummary f = summaries.stream().filter(s -> s.name().startsWith("depth-jumps")).findFirst().orElseThrow();
        Truth t = truth(f);
        assertThat(t.jumps()).hasSize(24);
        assertThat(t.totals().contacts()).isEqualTo(48);
        for (int i = 0; i < t.jumps().size(); i += 2) {
            Truth.TruthJump drop = t.jumps().get(i);
            Truth.TruthJump rebound = t.jumps().get(i + 1);
            assertThat(drop.flightTimeS()).isBetween(0.25, 0.35);
            assertThat(rebound.flightTimeS()).isBetween(0.40, 0.55);
            assertThat(rebound.takeoffS() - drop.touchdownS()).as("ground contact").isBetween(0.15, 0.3);
        }
    }

    @Test
    void writesAPlanForEverySessionWithSets() throws IOException {
        for (FixtureSummary f : summaries) {
            Truth t = truth(f);
            Path plan = dir.resolve(f.name() + ".plan.csv");
            if (!t.sets().isEmpty()) {
                assertThat(t.plan()).isEqualTo(f.name() + ".plan.csv");
                assertThat(t.stance()).isNull();
                List<String> lines = Files.readAllLines(plan);
                assertThat(lines.get(0)).isEqualTo("# plyometer plan: one row per set, in order");
                assertThat(lines.get(1)).isEqualTo("set,exercise,stance");
                assertThat(lines).hasSize(2 + t.sets().size());
                for (Truth.TruthSet s : t.sets()) {
                    assertThat(lines.get(1 + s.set())).isEqualTo(s.set() + "," + s.exercise() + "," + s.stance());
                }
            } else {
                assertThat(t.plan()).isNull();
                assertThat(plan).doesNotExist();
                assertThat(t.stance()).isEqualTo("two-foot");
            }
        }
        assertThat(summaries).filteredOn(s -> s.plan() != null).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void truthDescribesTheExportAndItsSensor() throws IOException {
        for (FixtureSummary f : summaries) {
            Truth t = truth(f);
            assertThat(t.file()).isIn(f.name() + ".csv", f.name() + ".fit", f.name() + ".json");
            assertThat(dir.resolve(t.file())).exists();
            assertThat(t.location()).isEqualTo(f.location());
            assertThat(t.sampleRateHz()).isIn(25.0, 50.0, 100.0, 200.0);
            assertThat(t.rangeG()).isIn(8.0, 16.0);
            assertThat(t.description()).doesNotContain("\n");
        }
    }

    @Test
    void clippingFixturesClipAndTheirTruthPeaksExceedTheRange() throws IOException {
        for (String name : List.of("rope-skip-ankle-200hz", "depth-jumps-waist-200hz")) {
            FixtureSummary f = summaries.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            assertThat(f.clippedSamples()).as(name).isPositive();
            Truth t = truth(f);
            assertThat(t.jumps()).anyMatch(j -> j.peakG() > t.rangeG());
        }
    }

    @Test
    void locomotionOnlyFixturesHaveNoJumpsButManyStrides() throws IOException {
        for (FixtureSummary f : summaries) {
            if (f.name().startsWith("locomotion") || f.name().startsWith("jog-strides")) {
                Truth t = truth(f);
                assertThat(t.jumps()).isEmpty();
                assertThat(t.sets()).isEmpty();
                assertThat(t.distractors().runningStrides()).isGreaterThan(300);
            }
        }
    }
}
