package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The vertical force at the centre of mass integrates to the velocities the flights need. */
class TakeoffImpulseTest {

    @ParameterizedTest
    @EnumSource(value = Exercise.class, names = {"SQUAT_JUMP", "COUNTERMOVEMENT_JUMP", "ROPE_SKIP", "POGO",
            "SINGLE_LEG_HOP", "BOUND"})
    void takeoffFromRestCarriesTheImpulseItsFlightNeeds(Exercise exercise) {
        SimulatedSession s = TestSessions.play(Location.WAIST, 41, b -> b.stand(2).set(exercise, 5).stand(2));
        int checked = 0;
        for (ContactPhase c : TestSessions.phases(s, ContactPhase.class)) {
            if (c.profile.fromFlight() || !c.profile.toFlight()) {
                continue;
            }
            Phase flight = TestSessions.next(s, c);
            assertThat(flight).isInstanceOf(FlightPhase.class);
            double takeoffVelocity = Shapes.G * flight.duration() / 2;
            assertThat(TestSessions.verticalVelocityChange(c)).isCloseTo(takeoffVelocity,
                    within(0.01 * takeoffVelocity));
            checked++;
        }
        assertThat(checked).isGreaterThan(0);
    }

    @Test
    void boxJumpTakeoffCarriesTheVelocityToReachTheBox() {
        SimulatedSession s = TestSessions.play(Location.WAIST, 42, b -> b.stand(2).set(Exercise.BOX_JUMP, 4));
        for (JumpMarker j : s.jumps()) {
            ContactPhase push = (ContactPhase) TestSessions.previous(s, TestSessions.previous(s, j.landing()));
            double flight = j.touchdownS() - j.takeoffS();
            // Rising v0 for T seconds and arriving at vIn downward: v0 = g·T − vIn; the box is reached higher up.
            double v0 = Shapes.G * flight - j.landing().profile.vIn;
            assertThat(TestSessions.verticalVelocityChange(push)).isCloseTo(v0, within(0.01 * v0));
            assertThat(v0).isLessThan(Shapes.G * flight);
            assertThat(j.landing().profile.vIn).isLessThan(Shapes.G * flight / 2);
        }
    }

    @Test
    void reboundContactsStopTheLandingAndLaunchTheNextFlight() {
        SimulatedSession s = TestSessions.everyExercise(Location.WAIST, 43);
        int checked = 0;
        for (ContactPhase c : TestSessions.phases(s, ContactPhase.class)) {
            if (!c.profile.fromFlight() || !c.profile.toFlight()) {
                continue;
            }
            Phase before = TestSessions.previous(s, c);
            Phase after = TestSessions.next(s, c);
            double vIn = Shapes.G * before.duration();
            Phase beforeFlight = TestSessions.previous(s, before);
            vIn = beforeFlight instanceof StepOffPhase off ? off.velocityOutMs() + vIn : vIn / 2;
            double vOut = Shapes.G * after.duration() / 2;
            assertThat(TestSessions.verticalVelocityChange(c)).isCloseTo(vIn + vOut, within(0.01 * (vIn + vOut)));
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void landingsToRestStopExactlyTheArrivingVelocity() {
        SimulatedSession s = TestSessions.everyExercise(Location.WAIST, 44);
        List<ContactPhase> landings = TestSessions.phases(s, ContactPhase.class).stream()
                .filter(c -> c.profile.fromFlight() && !c.profile.toFlight()).toList();
        assertThat(landings).hasSizeGreaterThan(10);
        for (ContactPhase c : landings) {
            double vIn = c.profile.vIn;
            assertThat(TestSessions.verticalVelocityChange(c)).isCloseTo(vIn, within(0.01 * vIn));
        }
    }

    @Test
    void movementsFromRestToRestHaveNoNetImpulse() {
        SimulatedSession s = TestSessions.play(Location.WAIST, 45,
                b -> b.stand(1).walk(20).stand(1).jog(20).stand(1).strides(10).stand(1));
        for (Phase p : s.timeline().phases()) {
            if (p instanceof WalkPhase || p instanceof RunPhase || p instanceof CrouchPhase) {
                assertThat(TestSessions.verticalVelocityChange(p)).as(p.getClass().getSimpleName())
                        .isCloseTo(0, within(0.01));
            }
        }
    }

    @Test
    void depthJumpDropStartsWithoutPushOff() {
        SimulatedSession s = TestSessions.play(Location.WAIST, 46, b -> b.stand(2).set(Exercise.DEPTH_JUMP, 3));
        for (StepOffPhase off : TestSessions.phases(s, StepOffPhase.class)) {
            double[] v = new double[3];
            for (double t = off.start; t < off.end; t += 0.001) {
                off.com(t, v);
                assertThat(v[0]).isLessThanOrEqualTo(1.0);
            }
            assertThat(-TestSessions.verticalVelocityChange(off)).isCloseTo(off.velocityOutMs(), within(0.01));
        }
    }
}
