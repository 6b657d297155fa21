package dev.plyometer.validate;

import java.util.Locale;

/** The validation report as a fixed-width text table (and as Markdown for the README). */
public final class ValidationTable {
    private ValidationTable() {
    }

    public static String text(ValidationReport report) {
        StringBuilder out = new StringBuilder(4096);
        out.append(String.format(Locale.ROOT, "%-44s %-6s %5s %5s %5s %6s %6s %9s %6s %8s %6s %7s %7s%n",
                "fixture", "where", "Hz", "truth", "found", "prec", "recall", "contacts", "sets", "flightMs",
                "peak%", "rfd%", "rfd n"));
        for (FixtureResult r : report.fixtures()) {
            if (r.error() != null) {
                out.append(String.format(Locale.ROOT, "%-44s error: %s%n", r.name(), r.error()));
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-44s %-6s %5.0f %5d %5d %6.3f %6.3f %4d/%-4d %3d/%-2d %8s %6s %7s %7d%n",
                    r.name(), r.location(), r.sampleRateHz(), r.truthJumps(), r.foundJumps(), r.precision(),
                    r.recall(), r.foundContacts(), r.truthContacts(), r.foundSets(), r.truthSets(),
                    num(r.flightMaeMs()), num(r.peakMapePct()), num(r.rfdMapePct()), r.rfdCompared()));
        }
        out.append('\n');
        for (Target t : report.targets()) {
            out.append(String.format(Locale.ROOT, "%-4s %-62s target %-10s measured %s%n", t.met() ? "ok" : "MISS",
                    t.name(), t.goal(), t.measured()));
        }
        out.append("\nthresholds: ").append(thresholds(report)).append('\n');
        return out.toString();
    }

    public static String markdown(ValidationReport report) {
        StringBuilder md = new StringBuilder(4096);
        md.append("| fixture | where | Hz | truth | found | precision | recall | contacts found/true | sets found/true "
                + "| flight MAE ms | peak error % | RFD error % |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FixtureResult r : report.fixtures()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %d | %d | %.3f | %.3f | %d/%d | %d/%d | %s | %s | %s |%n",
                    r.name(), r.location(), r.sampleRateHz(), r.truthJumps(), r.foundJumps(), r.precision(),
                    r.recall(), r.foundContacts(), r.truthContacts(), r.foundSets(), r.truthSets(),
                    num(r.flightMaeMs()), num(r.peakMapePct()), num(r.rfdMapePct())));
        }
        md.append("\n| target | goal | measured | met |\n|---|---|---|---|\n");
        for (Target t : report.targets()) {
            md.append("| ").append(t.name()).append(" | ").append(t.goal()).append(" | ").append(t.measured())
                    .append(" | ").append(t.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\nThresholds: ").append(thresholds(report)).append('\n');
        return md.toString();
    }

    /** Every threshold as {@code name=value}, in the record's order. */
    static String thresholds(ValidationReport report) {
        StringBuilder out = new StringBuilder();
        report.config().asMap().forEach((name, value) ->
                out.append(out.length() == 0 ? "" : ", ").append(name).append('=').append(value));
        return out.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}
