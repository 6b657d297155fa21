package dev.plyometer.report;

import dev.plyometer.metrics.Jump;
import dev.plyometer.volume.SetSummary;
import dev.plyometer.volume.Volume;

/** The session report as Markdown that renders well on GitHub. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(SessionReport r) {
        StringBuilder md = new StringBuilder(4096);
        SourceSummary s = r.source();
        Volume v = r.volume();
        md.append("# Plyometric session: ").append(escape(s.file())).append("\n\n");
        md.append(Fmt.f("**%d %s** against the %s range of %d–%d %s: **%s**. ", v.counted(), v.unit(), v.level(),
                v.min(), v.max(), v.unit(), statusWords(v)));
        md.append(Fmt.f("%d landings, %d foot contacts, %d set(s).%n%n", v.landings(), v.footContacts(),
                r.totals().sets()));
        md.append("Limits are prescriptions for training volume, not injury predictions.\n\n");

        md.append("| source | value |\n|---|---|\n");
        row(md, "format", s.format());
        row(md, "start", s.start() == null ? "relative clock (no wall time)" : s.start());
        row(md, "duration", Fmt.duration(s.durationS()));
        row(md, "sample rate", Fmt.num(s.sampleRateHz(), 1) + " Hz");
        row(md, "units", s.units() + " (" + s.unitsEvidence() + ")");
        row(md, "time", s.timeColumn() == null ? s.timeEncoding() : s.timeColumn() + " (" + s.timeEncoding() + ")");
        md.append('\n');

        md.append("## Sets\n\n");
        if (r.sets().isEmpty()) {
            md.append("No sets: no plyometric landings were found.\n\n");
        } else {
            md.append("| set | exercise | stance | intensity | jumps | contacts | start | duration | rest before | flags |\n");
            md.append("|---:|---|---|---|---:|---:|---:|---:|---:|---|\n");
            for (SetSummary set : r.sets()) {
                md.append(Fmt.f("| %d | %s | %s | %s | %d | %d | %s s | %s | %s | %s |%n", set.set(), set.exercise(),
                        set.stance(), set.intensity(), set.jumps(), set.contacts(), Fmt.num(set.startS(), 1),
                        Fmt.duration(set.durationS()),
                        set.restBeforeS() == null ? "–" : Fmt.duration(set.restBeforeS()),
                        String.join(", ", set.flags())));
            }
            md.append('\n');
        }

        md.append("## Landings\n\n");
        if (!r.jumps().isEmpty()) {
            md.append("| # | set | take-off s | flight s | height cm | peak g | to peak ms | RFD BW/s | feet | flags |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (Jump j : r.jumps()) {
                md.append(Fmt.f("| %d | %d | %s | %s | %s | %s | %s | %s | %d | %s |%n", j.n(), j.set(),
                        Fmt.num(j.takeoffS(), 3), Fmt.num(j.flightTimeS(), 3), Fmt.num(j.heightM() * 100, 1),
                        Fmt.num(j.peakG(), 2), Fmt.num(j.timeToPeakS() * 1000, 0), Fmt.num(j.rfdBwPerS(), 0),
                        j.feet(), String.join(", ", j.flags())));
            }
            md.append("\nRFD is an index from the trunk acceleration, not a force-plate number: per landing it can "
                    + Fmt.f("differ from force plates by ±%.0f %%.", r.config().rfdAgreementPct()) + "\n\n");
        }

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
        md.append('\n');

        if (!r.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            for (String w : r.warnings()) {
                md.append("- ").append(escape(w)).append('\n');
            }
            md.append('\n');
        }

        md.append("## Thresholds\n\n| parameter | value |\n|---|---|\n");
        r.config().asMap().forEach((name, value) -> row(md, name, String.valueOf(value)));
        md.append("\n_").append(r.tool()).append(", schema ").append(r.schema()).append("_\n");
        return md.toString();
    }

    static String statusWords(Volume v) {
        return switch (v.status()) {
            case "over" -> "over the limit";
            case "below" -> "below the range (under the limit)";
            default -> "within the range (under the limit)";
        };
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(escape(value)).append(" |\n");
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
                case '*', '_', '`', '[', ']' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
