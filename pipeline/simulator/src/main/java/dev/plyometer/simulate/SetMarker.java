package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

/** One set: its first take-off to its last touchdown. */
record SetMarker(int set, Exercise exercise, double startS, double endS, int jumps, int contacts) {
}
