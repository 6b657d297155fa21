package dev.plyometer.report;

import dev.plyometer.metrics.Jump;
import dev.plyometer.volume.SetSummary;
import dev.plyometer.volume.Volume;

import java.nio.charset.StandardCharsets;

/**
 * The session report as Markdown that renders well on GitHub: the verdict first (as an alert), warnings next,
 * tables for sets and landings (long lists folded), links to the report's other files, thresholds folded at the end.
 */
public final class MarkdownReport {
    /** Landing tables longer than this are folded into a {@code <details>} block. */
    static final int FOLD_LANDINGS_OVER = 20;

    private MarkdownReport() {
    }

    public static String render(SessionReport r) {
        return render(r, null);
    }

    /**
     * @param siblings the base name of the HTML, CSV and JSON files written beside this one, to link to them; or
     *                 {@code null} for no links
     */
    public static String render(SessionReport r, String siblings) {
        StringBuilder md = new StringBuilder(4096);
        SourceSummary s = r.source();
        Volume v = r.volume();
        md.append("# Plyometric session: ").append(escape(s.file())).append("\n\n");
        md.append("> [!").append("over".equals(v.status()) ? "WARNING" : "NOTE").append("]\n> ");
        md.append(Fmt.f("**%d %s** against the %s range of %d–%d %s: **%s**.%n%n", v.counted(), v.unit(), v.level(),
                v.min(), v.max(), v.unit(), statusWords(v)));
        md.append(Fmt.f("%d landings, %d foot contacts, %d set(s), %d running stride(s) ignored. ", v.landings(),
                v.footContacts(), r.totals().sets(), r.totals().rejectedStrides()));
        md.append("Limits are prescriptions for training volume, not injury predictions.\n\n");
        if (siblings != null) {
            String base = urlSegment(siblings);
            md.append("**Also:** [HTML report with charts](").append(base).append(".html) · [landings CSV](")
                    .append(base).append(".jumps.csv) · [sets CSV](").append(base).append(".sets.csv) · [JSON](")
                    .append(base).append(".json)\n\n");
        }

        if (!r.warnings().isEmpty()) {
            md.append("> [!WARNING]\n");
            for (String w : r.warnings()) {
                md.append("> - ").append(escape(w)).append('\n');
            }
            md.append('\n');
        }

        md.append("| source | value |\n|---|---|\n");
        row(md, "format", s.format());
        row(md, "start", s.start() == null ? "relative clock (no wall time)" : s.start());
        row(md, "duration", Fmt.duration(s.durationS()));
        row(md, "sample rate", Fmt.num(s.sampleRateHz(), 1) + " Hz");
        row(md, "units", s.units() + " (" + s.unitsEvidence() + ")");
        row(md, "time", s.timeColumn() == null ? s.timeEncoding() : s.timeColumn() + " (" + s.timeEncoding() + ")");
        AnalysisInput in = r.input();
        row(md, "counted as", in.plan() != null ? "plan " + in.plan()
                : "stance " + in.stance() + ", exercise " + in.exercise());
        md.append('\n');

        sets(md, r);
        landings(md, r);
        quality(md, r);

        md.append("<details>\n<summary>Thresholds used</summary>\n\n| parameter | value |\n|---|---|\n");
        r.config().asMap().forEach((name, value) -> row(md, "`" + name + "`", String.valueOf(value)));
        md.append("\n</details>\n\n_").append(r.tool()).append(", schema ").append(r.schema()).append("_\n");
        return md.toString();
    }

    private static void sets(StringBuilder md, SessionReport r) {
        md.append("## Sets\n\n");
        if (r.sets().isEmpty()) {
            md.append("No sets: no plyometric landings were found.\n\n");
            return;
        }
        md.append("| set | exercise | stance | intensity | jumps | contacts | start | duration | rest before "
                + "| mean flight | highest peak | flags |\n");
        md.append("|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (SetSummary set : r.sets()) {
            double flight = r.jumps().stream().filter(j -> j.set() == set.set()).mapToDouble(Jump::flightTimeS)
                    .average().orElse(Double.NaN);
            double peak = r.jumps().stream().filter(j -> j.set() == set.set()).mapToDouble(Jump::peakG).max()
                    .orElse(Double.NaN);
            md.append(Fmt.f("| %d | %s | %s | %s | %d | %d | %s s | %s | %s | %s ms | %s g | %s |%n", set.set(),
                    set.exercise(), set.stance(), set.intensity(), set.jumps(), set.contacts(),
                    Fmt.num(set.startS(), 1), Fmt.duration(set.durationS()),
                    set.restBeforeS() == null ? "–" : Fmt.duration(set.restBeforeS()), Fmt.num(flight * 1000, 0),
                    Fmt.num(peak, 2), flags(set.flags())));
        }
        md.append('\n');
    }

    private static void landings(StringBuilder md, SessionReport r) {
        md.append("## Landings\n\n");
        if (r.jumps().isEmpty()) {
            md.append("No plyometric landings were found.\n\n");
            return;
        }
        boolean fold = r.jumps().size() > FOLD_LANDINGS_OVER;
        if (fold) {
            md.append("<details>\n<summary>All ").append(r.jumps().size()).append(" landings</summary>\n\n");
        }
        md.append("| # | set | take-off s | flight ms | height cm | peak g | to peak ms | RFD BW/s | feet | flags |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Jump j : r.jumps()) {
            md.append(Fmt.f("| %d | %d | %s | %s | %s | %s%s | %s | %s | %d | %s |%n", j.n(), j.set(),
                    Fmt.num(j.takeoffS(), 3), Fmt.num(j.flightTimeS() * 1000, 0), Fmt.num(j.heightM() * 100, 1),
                    j.hasFlag(Jump.CLIPPED) ? "≥ " : "", Fmt.num(j.peakG(), 2), Fmt.num(j.timeToPeakS() * 1000, 0),
                    Fmt.num(j.rfdBwPerS(), 0), j.feet(), flags(j.flags())));
        }
        if (fold) {
            md.append("\n</details>\n");
        }
        md.append("\nRFD is an index from the trunk acceleration, not a force-plate number: per landing it can "
                + Fmt.f("differ from force plates by ±%.0f %%.", r.config().rfdAgreementPct())
                + " A peak marked ≥ clipped: it is a lower bound.\n\n");
    }

    private static void quality(StringBuilder md, SessionReport r) {
        SourceSummary s = r.source();
        QualitySummary q = r.quality();
        md.append("## Data quality\n\n| check | value |\n|---|---|\n");
        row(md, "samples", Long.toString(s.samples()));
        row(md, "timing step", Fmt.num(q.flightTimeResolutionS() * 1000, 1) + " ms before interpolation");
        row(md, "RFD reported", q.rfdReported() ? "yes" : "no (sample rate too low)");
        row(md, "gaps", q.gapCount() + " (" + Fmt.num(q.missingS(), 2) + " s missing)");
        row(md, "duplicates dropped", q.duplicateRows() + " rows, " + q.duplicateTimes() + " repeated times");
        row(md, "re-sorted rows", Long.toString(q.outOfOrderRows()));
        row(md, "skipped rows", Long.toString(q.skippedRows()));
        row(md, "clipping", q.clippingLevelG() == null ? "none seen"
                : "±" + Fmt.num(q.clippingLevelG(), 2) + " g on " + q.clippedSamples() + " samples");
        row(md, "at rest (1 g expected)", q.restMagnitudeG() == null ? "never still for a whole window"
                : Fmt.num(q.restMagnitudeG(), 3) + " g over " + Fmt.num(q.stillS(), 0) + " s");
        md.append('\n');
    }

    /** The volume's status in words, as every report for people says it. */
    public static String statusWords(Volume v) {
        return switch (v.status()) {
            case "over" -> "over the limit";
            case "below" -> "below the range (under the limit)";
            default -> "within the range (under the limit)";
        };
    }

    private static String flags(java.util.List<String> flags) {
        return flags.isEmpty() ? "" : "`" + String.join("` `", flags) + "`";
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key.startsWith("`") ? key : escape(key)).append(" | ").append(escape(value))
                .append(" |\n");
    }

    /** Keeps file names and messages from breaking tables or injecting markup. */
    static String escape(String text) {
        if (text == null) {
            return "–";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '|' -> out.append("\\|");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '*', '_', '`', '[', ']', '\\' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A file name as one URL path segment: unreserved characters as they are, everything else percent-encoded. */
    static String urlSegment(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
