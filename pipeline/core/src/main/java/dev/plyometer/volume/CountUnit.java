package dev.plyometer.volume;

/**
 * What a session's volume is counted in. Foot contacts count a two-foot landing as 2 and a single-leg one as 1;
 * landings count every landing as 1 (the NSCA convention behind the same three ranges).
 */
public enum CountUnit {
    FOOT_CONTACTS("foot-contacts"),
    LANDINGS("landings");

    private final String label;

    CountUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CountUnit parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("contacts") || t.equalsIgnoreCase("foot-contacts")) {
            return FOOT_CONTACTS;
        }
        if (t.equalsIgnoreCase("landings")) {
            return LANDINGS;
        }
        throw new IllegalArgumentException("unknown count unit \"" + text + "\": expected foot-contacts or landings");
    }
}
