package dev.plyometer.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Contiguous phases covering [start, end) of the session clock. */
final class Timeline {
    private final double start;
    private final List<Phase> phases = new ArrayList<>();

    Timeline(double start) {
        this.start = start;
    }

    void add(Phase phase) {
        if (Math.abs(phase.start - end()) > 1e-9) {
            throw new IllegalStateException("phase starts at " + phase.start + " s, timeline ends at " + end() + " s");
        }
        phases.add(phase);
    }

    double start() {
        return start;
    }

    double end() {
        return phases.isEmpty() ? start : phases.get(phases.size() - 1).end;
    }

    List<Phase> phases() {
        return Collections.unmodifiableList(phases);
    }
}
