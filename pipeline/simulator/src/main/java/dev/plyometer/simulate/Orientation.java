package dev.plyometer.simulate;

/** How the simulated sensor's fixed orientation is drawn. The magnitude of every vector is unchanged by it. */
public enum Orientation {
    /** Uniformly random rotation (a random unit quaternion, Shoemake's method). */
    RANDOM,
    /**
     * As worn on a clip or strap: one sensor axis along the body's vertical (any axis, either sign), tilted by up to
     * 25° about a random axis. Vertical impacts then load mostly one axis, so a sensor's range clips them.
     */
    WORN
}
