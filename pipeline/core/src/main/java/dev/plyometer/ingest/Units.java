package dev.plyometer.ingest;

import java.util.Locale;

/** Acceleration units an export may use; samples are converted to g before they reach a sink. */
enum Units {
    G("g", 1.0),
    MILLI_G("milli-g", 1000.0),
    M_S2("m/s2", 9.80665);

    /** The name {@link SourceInfo#units()} reports. */
    final String label;
    /** How many of these units make one g (1 g = 9.80665 m/s², by definition). */
    final double perG;

    Units(String label, double perG) {
        this.label = label;
        this.perG = perG;
    }

    /**
     * Reads a unit as written in a header ({@code (m/s^2)}, {@code [mg]}, {@code _g}) or given as an option.
     *
     * @return the units, or {@code null} when the text names no acceleration unit (for example {@code deg/s})
     */
    static Units parse(String text) {
        if (text == null) {
            return null;
        }
        String u = text.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("·", "").replace("*", "");
        switch (u) {
            case "g":
            case "gs":
            case "g-force":
            case "gforce":
                return G;
            case "mg":
            case "milli-g":
            case "millig":
            case "milli_g":
            case "milli-gs":
                return MILLI_G;
            case "m/s^2":
            case "m/s2":
            case "m/s²":
            case "ms^-2":
            case "ms-2":
            case "ms⁻²":
            case "m/s/s":
            case "m/sec^2":
            case "m/sec2":
            case "mps2":
            case "ms2":
                return M_S2;
            default:
                return null;
        }
    }

    /** Median |a| at rest is about one g; accepting 0.5–2.5 g keeps the three windows far apart. */
    static Units fromMedianMagnitude(double median) {
        for (Units u : values()) {
            double inG = median / u.perG;
            if (inG >= 0.5 && inG <= 2.5) {
                return u;
            }
        }
        return null;
    }
}
