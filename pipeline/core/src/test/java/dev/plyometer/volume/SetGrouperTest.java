package dev.plyometer.volume;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SetGrouperTest {
    // two sets of three box jumps 6 s apart, 150 s of rest, then a set of hops after 60 s
    private final double[] takeoff = {10, 16, 22, 172.6, 178.6, 184.6, 245, 246, 247};
    private final double[] touchdown = {10.4, 16.4, 22.4, 173, 179, 185, 245.3, 246.3, 247.3};

    @Test
    void startsANewSetAfterAPauseLongerThanTheBreak() {
        int[] sets = SetGrouper.assign(takeoff, touchdown, 30);
        assertThat(sets).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3);
        assertThat(SetGrouper.count(sets)).isEqualTo(3);
    }

    @Test
    void summarisesJumpsContactsAndRestPerSetFromThePlan() {
        Plan plan = new Plan("plan.csv", List.of(
                new Plan.PlanSet(1, Exercise.BOX_JUMP, Stance.TWO_FOOT),
                new Plan.PlanSet(2, Exercise.BOX_JUMP, Stance.TWO_FOOT),
                new Plan.PlanSet(3, Exercise.SINGLE_LEG_HOP, Stance.SINGLE_LEG)));
        int[] sets = SetGrouper.assign(takeoff, touchdown, 30);
        int[] feet = {2, 2, 2, 2, 2, 2, 1, 1, 1};
        List<SetSummary> summary = SetGrouper.summarise(sets, takeoff, touchdown, feet, plan, 120);
        assertThat(summary).hasSize(3);
        assertThat(summary.get(0).restBeforeS()).isNull();
        assertThat(summary.get(0).contacts()).isEqualTo(6);
        assertThat(summary.get(0).durationS()).isCloseTo(12.4, within(1e-9));
        assertThat(summary.get(1).restBeforeS()).isCloseTo(150.2, within(1e-9));
        assertThat(summary.get(1).flags()).isEmpty();
        assertThat(summary.get(2).contacts()).isEqualTo(3);
        assertThat(summary.get(2).intensity()).isEqualTo("high");
        assertThat(summary.get(2).flags()).containsExactly(SetSummary.SHORT_REST);
    }

    @Test
    void shortRestBeforeALowIntensitySetIsNotFlagged() {
        Plan plan = Plan.uniform(Exercise.ROPE_SKIP, Stance.TWO_FOOT);
        int[] sets = SetGrouper.assign(takeoff, touchdown, 30);
        List<SetSummary> summary = SetGrouper.summarise(sets, takeoff, touchdown, new int[9], plan, 120);
        assertThat(summary).allSatisfy(s -> assertThat(s.flags()).isEmpty());
    }

    @Test
    void noLandingsMeansNoSets() {
        int[] sets = SetGrouper.assign(new double[0], new double[0], 30);
        assertThat(SetGrouper.count(sets)).isZero();
        assertThat(SetGrouper.summarise(sets, new double[0], new double[0], new int[0],
                Plan.uniform(Exercise.UNSPECIFIED, Stance.TWO_FOOT), 120)).isEmpty();
    }
}
