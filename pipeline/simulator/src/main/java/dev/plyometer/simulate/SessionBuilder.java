package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import dev.plyometer.validate.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a session in time order: a fluent list of what the athlete does. Each call appends movement phases to the
 * timeline and records what is true about them (landings, sets, distractors). Random details (durations, flight times,
 * peaks) come from the builder's seeded stream, so the same calls with the same seed give the same session.
 *
 * <pre>
 *   b.stand(8).jog(90).walk(16).stand(10)
 *    .sets(Exercise.SQUAT_JUMP, 3, 5, 120, 180)
 *    .stand(5);
 * </pre>
 */
public final class SessionBuilder {
    private final Location location;
    private final Rng rng;
    private final Timeline timeline;
    private final List<JumpMarker> jumps = new ArrayList<>();
    private final List<SetMarker> sets = new ArrayList<>();
    private int currentSet;
    private Exercise currentExercise;
    private int runningStrides;
    private int walkingSteps;
    private int armSwings;
    private int stepDowns;

    SessionBuilder(Location location, Rng rng, double startS) {
        this.location = location;
        this.rng = rng;
        this.timeline = new Timeline(startS);
    }

    public Location location() {
        return location;
    }

    /** Session time reached so far (s). */
    public double now() {
        return timeline.end();
    }

    /** Standing still for {@code seconds}. */
    public SessionBuilder stand(double seconds) {
        add(new StandPhase(now(), seconds));
        return this;
    }

    /** Walking {@code steps} steps at 1.8–2.0 steps/s (distractor). */
    public SessionBuilder walk(int steps) {
        WalkPhase w = WalkPhase.create(now(), steps, location, rng);
        add(w);
        walkingSteps += w.steps();
        return this;
    }

    /** Jogging for about {@code seconds}: 2.6–3.0 steps/s, flights 0.06–0.11 s (distractor). */
    public SessionBuilder jog(double seconds) {
        return run(seconds, RunPhase.Gait.JOG);
    }

    /** Fast strides for about {@code seconds}: 3.0–3.4 steps/s, flights 0.10–0.16 s (distractor). */
    public SessionBuilder strides(double seconds) {
        return run(seconds, RunPhase.Gait.STRIDES);
    }

    private SessionBuilder run(double seconds, RunPhase.Gait gait) {
        int steps = Math.max(2, (int) Math.round(seconds * (gait.cadenceHz()[0] + gait.cadenceHz()[1]) / 2));
        RunPhase r = RunPhase.create(now(), steps, gait, location, rng);
        add(r);
        runningStrides += r.steps();
        return this;
    }

    /** {@code swings} forward-and-back arm swings while standing (distractor, aimed at wrist sensors). */
    public SessionBuilder armSwings(int swings) {
        ArmSwingPhase a = ArmSwingPhase.create(now(), swings, location, rng);
        add(a);
        armSwings += a.swings();
        return this;
    }

    /**
     * A rest of about {@code seconds} between sets: standing, and for rests over 20 s a short walk somewhere in the
     * middle (a drink, back to the mark).
     */
    public SessionBuilder rest(double seconds) {
        if (seconds < 20) {
            return stand(seconds);
        }
        double before = seconds * rng.uniform(0.2, 0.5);
        stand(before);
        double walkStart = now();
        walk(rng.between(8, Math.max(8, (int) Math.min(40, seconds * 0.25))));
        double walked = now() - walkStart;
        return stand(Math.max(1, seconds - before - walked));
    }

    /**
     * One set of {@code reps} of an exercise. For rope skipping and pogo, reps are landings (skips); for hops and
     * bounds, hops; for depth jumps, drop-and-rebound repetitions (two landings each); otherwise jumps.
     */
    public SessionBuilder set(Exercise exercise, int reps) {
        if (reps < 1) {
            throw new IllegalArgumentException("a set needs at least one repetition: " + reps);
        }
        currentSet = sets.size() + 1;
        currentExercise = exercise;
        int first = jumps.size();
        JumpSets.play(this, exercise, reps);
        List<JumpMarker> mine = jumps.subList(first, jumps.size());
        int contacts = mine.size() * exercise.usualStance().feet();
        sets.add(new SetMarker(currentSet, exercise, mine.get(0).takeoffS(),
                mine.get(mine.size() - 1).touchdownS(), mine.size(), contacts));
        currentExercise = null;
        return this;
    }

    /** {@code count} sets of {@code reps}, separated by rests drawn from [restMinS, restMaxS]. */
    public SessionBuilder sets(Exercise exercise, int count, int reps, double restMinS, double restMaxS) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                rest(rng.uniform(restMinS, restMaxS));
            }
            set(exercise, reps);
        }
        return this;
    }

    // ---- used by the exercise recipes ----

    Rng rng() {
        return rng;
    }

    void add(Phase phase) {
        timeline.add(phase);
    }

    void crouch(double seconds, double amplitudeG) {
        add(new CrouchPhase(now(), seconds, amplitudeG));
    }

    void recordLanding(double takeoffS, ContactPhase landing) {
        if (currentExercise == null) {
            throw new IllegalStateException("landings are recorded inside a set");
        }
        jumps.add(new JumpMarker(takeoffS, landing, currentExercise, currentSet));
    }

    void countStepDown() {
        stepDowns++;
    }

    SimulatedSession build() {
        return new SimulatedSession(location, timeline, jumps, sets,
                new Truth.TruthDistractors(runningStrides, walkingSteps, armSwings, stepDowns));
    }
}
