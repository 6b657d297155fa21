package dev.plyometer.report;

/** The tool's name and version as written into every report. */
public final class Version {
    public static final String NUMBER = "0.1.0";
    public static final String TOOL = "plyometer " + NUMBER;

    private Version() {
    }
}
