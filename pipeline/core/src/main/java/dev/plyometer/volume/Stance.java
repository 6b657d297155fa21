package dev.plyometer.volume;

/** How a landing is made; no single wrist or waist sensor can tell, so it comes from the user or the plan. */
public enum Stance {
    TWO_FOOT("two-foot", 2),
    SINGLE_LEG("single-leg", 1);

    private final String label;
    private final int feet;

    Stance(String label, int feet) {
        this.label = label;
        this.feet = feet;
    }

    public String label() {
        return label;
    }

    /** Foot contacts per landing. */
    public int feet() {
        return feet;
    }

    public static Stance parse(String text) {
        for (Stance stance : values()) {
            if (stance.label.equalsIgnoreCase(text.trim())) {
                return stance;
            }
        }
        throw new IllegalArgumentException("unknown stance \"" + text + "\": expected two-foot or single-leg");
    }
}
