package dev.plyometer.simulate;

/** Acceleration units of an export, with the resolution written (about 0.1 mg in each). */
public enum Units {
    G("g", 1, 4),
    MILLI_G("milli-g", 1000, 1),
    /** Metres per second squared, 9.80665 per g. */
    M_S2("m/s2", Shapes.G, 3);

    private final String label;
    private final double perG;
    private final int decimals;

    Units(String label, double perG, int decimals) {
        this.label = label;
        this.perG = perG;
        this.decimals = decimals;
    }

    public String label() {
        return label;
    }

    /** Value of 1 g in these units. */
    public double perG() {
        return perG;
    }

    /** Decimals written by default. */
    public int decimals() {
        return decimals;
    }
}
