package dev.plyometer.volume;

/** The exercises a plan can name, with their intensity and usual stance. */
public enum Exercise {
    ROPE_SKIP("rope-skip", Intensity.LOW, Stance.TWO_FOOT),
    POGO("pogo", Intensity.LOW, Stance.TWO_FOOT),
    SQUAT_JUMP("squat-jump", Intensity.MODERATE, Stance.TWO_FOOT),
    COUNTERMOVEMENT_JUMP("countermovement-jump", Intensity.MODERATE, Stance.TWO_FOOT),
    BOX_JUMP("box-jump", Intensity.MODERATE, Stance.TWO_FOOT),
    SINGLE_LEG_HOP("single-leg-hop", Intensity.HIGH, Stance.SINGLE_LEG),
    BOUND("bound", Intensity.HIGH, Stance.SINGLE_LEG),
    DEPTH_JUMP("depth-jump", Intensity.HIGH, Stance.TWO_FOOT),
    UNSPECIFIED("unspecified", Intensity.UNKNOWN, Stance.TWO_FOOT);

    private final String label;
    private final Intensity intensity;
    private final Stance usualStance;

    Exercise(String label, Intensity intensity, Stance usualStance) {
        this.label = label;
        this.intensity = intensity;
        this.usualStance = usualStance;
    }

    public String label() {
        return label;
    }

    public Intensity intensity() {
        return intensity;
    }

    public Stance usualStance() {
        return usualStance;
    }

    public static Exercise parse(String text) {
        for (Exercise exercise : values()) {
            if (exercise.label.equalsIgnoreCase(text.trim())) {
                return exercise;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Exercise exercise : values()) {
            if (exercise != UNSPECIFIED) {
                known.append(known.length() == 0 ? "" : ", ").append(exercise.label);
            }
        }
        throw new IllegalArgumentException("unknown exercise \"" + text + "\": expected one of " + known);
    }
}
