package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

/**
 * One landing that counts as a plyometric contact.
 *
 * @param takeoffS the moment the feet left the ground, or support was lost for a depth jump's drop
 * @param landing  the contact that starts at touchdown
 */
record JumpMarker(double takeoffS, ContactPhase landing, Exercise exercise, int set) {
    double touchdownS() {
        return landing.start;
    }
}
