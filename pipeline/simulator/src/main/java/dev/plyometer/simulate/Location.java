package dev.plyometer.simulate;

/**
 * Where the sensor is worn. The location sets the landing peaks, the residual motion seen in flight (trunk rotation and
 * soft tissue at the waist; limb motion at the ankle and wrist) and the extra limb motion during walking, running and
 * arm swings.
 */
public enum Location {
    /** Waist or sacrum, close to the centre of mass: acceleration in g ≈ ground reaction force in body weights. */
    WAIST("waist", 0.07, 0.27),
    /** Shank or ankle: sharp, high impact peaks (8–20 g) and leg swing. */
    ANKLE("ankle", 0.12, 0.42),
    /** Wrist (watch): damped impacts (2–6 g) and arm motion. */
    WRIST("wrist", 0.12, 0.42);

    private final String label;
    private final double flightResidualMinG;
    private final double flightResidualMaxG;

    Location(String label, double flightResidualMinG, double flightResidualMaxG) {
        this.label = label;
        this.flightResidualMinG = flightResidualMinG;
        this.flightResidualMaxG = flightResidualMaxG;
    }

    /** The name used in truth files: {@code waist}, {@code ankle}, {@code wrist}. */
    public String label() {
        return label;
    }

    /** Lowest magnitude the sensor reads in flight (g): flights are never a clean 0 g. */
    public double flightResidualMinG() {
        return flightResidualMinG;
    }

    /** Highest magnitude the sensor reads in flight (g). */
    public double flightResidualMaxG() {
        return flightResidualMaxG;
    }
}
