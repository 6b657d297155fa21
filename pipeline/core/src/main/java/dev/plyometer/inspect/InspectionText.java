package dev.plyometer.inspect;

import dev.plyometer.signal.Gap;
import java.util.List;
import java.util.Locale;

/** {@code plyometer inspect} for people: one labelled line per fact. */
public final class InspectionText {
    private InspectionText() {
    }

    public static String render(Inspection i) {
        StringBuilder out = new StringBuilder(1024);
        out.append(i.file()).append('\n');
        line(out, "format", i.format() + (i.formatEvidence() == null ? "" : " (" + i.formatEvidence() + ")"));
        line(out, "units", i.units() + " (" + i.unitsEvidence() + ")");
        line(out, "gravity", i.gravity() == null ? "not checked" : i.gravity());
        line(out, "time", (i.timeColumn() == null ? "no time column" : "column \"" + i.timeColumn() + "\"") + ", "
                + i.timeEncoding() + ", " + i.clock() + " clock");
        line(out, "start", i.start() == null ? "– (relative clock)" : i.start());
        line(out, "duration", f("%s; %,d samples from %,d rows (%,d unreadable), %,d bytes", duration(i.durationS()),
                i.samples(), i.rows(), i.skippedRows(), i.bytes()));
        line(out, "rate", f("%.1f Hz (median interval %.3f ms)", i.sampleRateHz(), i.medianIntervalS() * 1000));
        line(out, "gaps", i.gapCount() == 0 ? "none" : f("%d, %.2f s missing: %s", i.gapCount(), i.missingS(),
                gaps(i.gaps(), i.gapCount())));
        line(out, "repeats", f("%d identical row(s) dropped, %d repeated time(s) with other values (first kept)",
                i.duplicateRows(), i.duplicateTimes()));
        line(out, "order", f("%d row(s) put back in order, %d dropped as too late", i.outOfOrderRows(),
                i.droppedLateRows()));
        line(out, "clipping", i.clippingLevelG() == null ? "none seen"
                : f("%,d sample(s) at ±%.2f g", i.clippedSamples(), i.clippingLevelG()));
        line(out, "columns", "x, y, z = " + quoted(i.axisColumns()) + "; ignored: "
                + (i.ignoredColumns().isEmpty() ? "none" : quoted(i.ignoredColumns())));
        for (String note : i.notes()) {
            line(out, "note", note);
        }
        for (String warning : i.warnings()) {
            line(out, "warning", warning);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String text) {
        out.append(f("  %-9s %s%n", label, text));
    }

    private static String gaps(List<Gap> gaps, long count) {
        StringBuilder s = new StringBuilder();
        for (Gap g : gaps) {
            s.append(s.length() == 0 ? "" : ", ").append(f("%.2f–%.2f s", g.fromS(), g.toS()));
        }
        return count > gaps.size() ? s + f(" and %d more", count - gaps.size()) : s.toString();
    }

    private static String quoted(List<String> names) {
        StringBuilder s = new StringBuilder();
        for (String n : names) {
            s.append(s.length() == 0 ? "" : ", ").append('"').append(n).append('"');
        }
        return s.toString();
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return f("%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? f("%d min %02d s", s / 60, s % 60) : f("%d h %02d min %02d s", s / 3600, s / 60 % 60, s % 60);
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
