package dev.plyometer.report;

import dev.plyometer.volume.SetSummary;
import dev.plyometer.volume.Volume;

/** A short readable summary of a session for the terminal. */
public final class TextSummary {
    private TextSummary() {
    }

    public static String render(SessionReport r) {
        StringBuilder out = new StringBuilder(1024);
        SourceSummary s = r.source();
        Volume v = r.volume();
        out.append(s.file()).append('\n');
        out.append(Fmt.f("  source    %s, %s Hz, %s, %s%n", s.format(), Fmt.num(s.sampleRateHz(), 1),
                Fmt.duration(s.durationS()), s.start() == null ? "relative clock" : s.start()));
        AnalysisInput in = r.input();
        out.append(Fmt.f("  input     %s%n", in.plan() != null ? "plan " + in.plan()
                : "stance " + in.stance() + ", exercise " + in.exercise()));
        out.append(Fmt.f("  volume    %d %s: %s for %s (%d–%d)%n", v.counted(), v.unit(), v.status(), v.level(),
                v.min(), v.max()));
        out.append(Fmt.f("  counted   %d landings, %d foot contacts, %d set(s), %d running strides ignored%n",
                v.landings(), v.footContacts(), r.totals().sets(), r.totals().rejectedStrides()));
        for (SetSummary set : r.sets()) {
            out.append(Fmt.f("  set %-2d    %3d jumps %3d contacts  %-14s %s%s%n", set.set(), set.jumps(),
                    set.contacts(), set.exercise(),
                    set.restBeforeS() == null ? "" : "after " + Fmt.duration(set.restBeforeS()) + " rest",
                    set.flags().isEmpty() ? "" : "  [" + String.join(", ", set.flags()) + "]"));
        }
        if (!r.jumps().isEmpty()) {
            double flight = r.jumps().stream().mapToDouble(j -> j.flightTimeS()).average().orElse(Double.NaN);
            double peak = r.jumps().stream().mapToDouble(j -> j.peakG()).max().orElse(Double.NaN);
            out.append(Fmt.f("  landings  mean flight %s s (%s cm), highest peak %s g%n", Fmt.num(flight, 3),
                    Fmt.num(dev.plyometer.metrics.LandingMetrics.heightM(flight) * 100, 1), Fmt.num(peak, 2)));
        }
        for (String w : r.warnings()) {
            out.append("  warning   ").append(w).append('\n');
        }
        return out.toString();
    }
}
