package dev.plyometer.ingest;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Acceleration units an export may use; samples are converted to g before they reach a sink. */
enum Units {
    G("g", 1.0),
    MILLI_G("milli-g", 1000.0),
    M_S2("m/s2", 9.80665),
    /** Axivity's raw AX3/AX6 units, as OmGui exports them without conversion: 256 per g. */
    RAW_256("1/256 g", 256.0);

    /** What an export may be in when nothing says: the three common units (never the device-specific ones). */
    static final Set<Units> COMMON = EnumSet.of(G, MILLI_G, M_S2);
    /** The smallest median |a| at rest, in g, that still includes gravity; below it gravity was removed. */
    static final double MIN_REST_G = 0.5;

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
            case "1/256g":
            case "raw256":
                return RAW_256;
            default:
                return null;
        }
    }

    /**
     * Median |a| at rest is about one g; accepting {@value #MIN_REST_G}–2.5 g keeps the windows of the common units
     * (and of 1/256 g, 128–640) far apart.
     *
     * @return the candidate whose window holds the median, or {@code null}
     */
    static Units fromMedianMagnitude(double median, Set<Units> candidates) {
        for (Units u : candidates) {
            double inG = median / u.perG;
            if (inG >= MIN_REST_G && inG <= 2.5) {
                return u;
            }
        }
        return null;
    }

    static Units fromMedianMagnitude(double median) {
        return fromMedianMagnitude(median, COMMON);
    }
}
