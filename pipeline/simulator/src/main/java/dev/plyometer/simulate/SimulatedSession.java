package dev.plyometer.simulate;

import dev.plyometer.validate.Truth;
import java.util.List;

/** A played scenario: the timeline to sample and what is true about it. */
record SimulatedSession(Location location, Timeline timeline, List<JumpMarker> jumps, List<SetMarker> sets,
                        Truth.TruthDistractors distractors) {
    SimulatedSession {
        jumps = List.copyOf(jumps);
        sets = List.copyOf(sets);
    }

    double durationS() {
        return timeline.end() - timeline.start();
    }

    int contacts() {
        return jumps.stream().mapToInt(j -> j.exercise().usualStance().feet()).sum();
    }
}
