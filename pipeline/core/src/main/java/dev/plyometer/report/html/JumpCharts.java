package dev.plyometer.report.html;

import dev.plyometer.config.Thresholds;
import dev.plyometer.metrics.Jump;
import dev.plyometer.metrics.LandingMetrics;
import dev.plyometer.report.Fmt;
import dev.plyometer.report.SessionReport;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-landing charts: flight time with its height, impact peak, and the RFD index where it can be trusted. Bars
 * are coloured by intensity and shaded by set; a landing whose value cannot be trusted is a grey stub with the
 * reason, never a number.
 */
final class JumpCharts {
    private JumpCharts() {
    }

    static void render(StringBuilder out, SessionReport r) {
        List<Jump> jumps = r.jumps();
        List<BarChart.Group> groups = groups(jumps);

        out.append("<h3>Flight time and height</h3>\n");
        List<BarChart.Bar> flight = new ArrayList<>();
        for (Jump j : jumps) {
            flight.add(bar(j, j.flightTimeS() * 1000, Fmt.f("Jump %d (set %d): flight %.0f ms, height %.1f cm", j.n(),
                    j.set(), j.flightTimeS() * 1000, j.heightM() * 100), "", Double.NaN, Double.NaN));
        }
        BarChart flightChart = new BarChart("chart-flight", "Flight time per landing, with the flight-time height",
                "flight (ms)").bars(flight).groups(groups);
        flightChart.rightAxis("height (cm)", heightTicks(flightChart.yMax()));
        flightChart.render(out);
        out.append("<p class=\"note\">Height = g·t²/8 from the flight time; it reads about 2 cm high against force "
                + "plates.</p>\n");

        out.append("<h3>Impact peak</h3>\n");
        List<BarChart.Bar> peaks = new ArrayList<>();
        for (Jump j : jumps) {
            boolean clipped = j.hasFlag(Jump.CLIPPED);
            peaks.add(bar(j, j.peakG(), Fmt.f("Jump %d (set %d): peak %s%.2f g%s", j.n(), j.set(),
                    clipped ? "≥ " : "", j.peakG(), clipped ? " (the sensor clipped: a lower bound)" : ""),
                    clipped ? " clipped" : "", Double.NaN, Double.NaN));
        }
        BarChart peakChart = new BarChart("chart-peak", "Impact peak per landing", "peak (g)").bars(peaks)
                .groups(groups);
        if (r.quality().clippingLevelG() != null) {
            peakChart.reference(new BarChart.Reference(r.quality().clippingLevelG(), "clip",
                    "an axis clips at ±" + Fmt.num(r.quality().clippingLevelG(), 1) + " g"));
        }
        peakChart.render(out);
        long clipped = jumps.stream().filter(j -> j.hasFlag(Jump.CLIPPED)).count();
        out.append("<p class=\"note\">The raw peak of the magnitude after touchdown (≈ body weights at the trunk)")
                .append(clipped > 0 ? Fmt.f("; %d outlined bar(s) clipped, so their peak is a lower bound.", clipped)
                        : ".").append("</p>\n");

        out.append("<h3>Landing RFD index</h3>\n");
        rfd(out, r, groups);
    }

    private static void rfd(StringBuilder out, SessionReport r, List<BarChart.Group> groups) {
        Thresholds th = r.config();
        double rate = r.source().sampleRateHz();
        if (!r.quality().rfdReported()) {
            out.append("<p class=\"withheld\" data-withheld=\"rfd\">Not reported: at ").append(Fmt.num(rate, 0))
                    .append(" Hz the rise from touchdown to peak (20–60 ms) is one or two samples, so RFD needs at "
                            + "least ").append(Fmt.num(th.rfdMinRateHz(), 0))
                    .append(" Hz (<code>rfdMinRateHz</code>).</p>\n");
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        int withheld = 0;
        for (Jump j : r.jumps()) {
            if (j.rfdBwPerS() == null) {
                withheld++;
                bars.add(bar(j, Double.NaN, Fmt.f("Jump %d (set %d): RFD withheld: %s", j.n(), j.set(),
                        rfdReason(j, th)), "", Double.NaN, Double.NaN));
            } else {
                double v = j.rfdBwPerS();
                double err = j.rfdSamplingErrorPct() == null ? Double.NaN : v * j.rfdSamplingErrorPct() / 100;
                bars.add(bar(j, v, Fmt.f("Jump %d (set %d): RFD %.0f BW/s ± %.0f %% from timing%s", j.n(), j.set(), v,
                        j.rfdSamplingErrorPct() == null ? 0 : j.rfdSamplingErrorPct(),
                        j.rfdNPerS() == null ? "" : Fmt.f(" (%.0f N/s)", j.rfdNPerS())), "", v - err, v + err));
            }
        }
        new BarChart("chart-rfd", "Landing RFD index per landing, with its timing error", "RFD (BW/s)").bars(bars)
                .groups(groups).render(out);
        out.append("<p class=\"note\">RFD = (peak − level at touchdown) / time to peak. Whiskers: the error from "
                + "timing alone (one sample over the rise). It is an index, not a force-plate number: per landing, "
                + "accelerometer RFD differs from force plates by up to ±").append(Fmt.num(th.rfdAgreementPct(), 0))
                .append(" %.");
        if (withheld > 0) {
            out.append(Fmt.f(" Grey stubs: %d landing(s) whose RFD was withheld (hover for the reason).", withheld));
        }
        out.append("</p>\n");
    }

    /** Why a landing's RFD was withheld, in the rule's own terms (see {@link LandingMetrics}). */
    static String rfdReason(Jump j, Thresholds th) {
        String rise = Fmt.f("the rise from touchdown to peak (%.0f ms) spans fewer than %d samples", j.timeToPeakS()
                * 1000, th.rfdMinRiseSamples());
        return j.hasFlag(Jump.GAP_NEARBY) ? rise + ", or a gap cut the landing short" : rise;
    }

    private static BarChart.Bar bar(Jump j, double value, String tooltip, String extraClass, double errLow,
                                    double errHigh) {
        return new BarChart.Bar(value, Palette.intensityClass(j.intensity()) + " " + Palette.setClass(j.set())
                + extraClass, Integer.toString(j.n()), tooltip, Svg.attr("data-jump", Integer.toString(j.n())),
                errLow, errHigh);
    }

    /** One group per run of landings in the same set. */
    static List<BarChart.Group> groups(List<Jump> jumps) {
        List<BarChart.Group> groups = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= jumps.size(); i++) {
            if (i == jumps.size() || jumps.get(i).set() != jumps.get(first).set()) {
                groups.add(new BarChart.Group(first, i - 1, "Set " + jumps.get(first).set()));
                first = i;
            }
        }
        return groups;
    }

    /** Right-axis ticks at round heights, placed at the flight time (ms) that gives each height. */
    private static List<BarChart.Tick> heightTicks(double maxFlightMs) {
        double maxHeightCm = LandingMetrics.heightM(maxFlightMs / 1000) * 100;
        double step = Ticks.step(0, maxHeightCm, 5);
        List<BarChart.Tick> ticks = new ArrayList<>();
        for (double h : Ticks.values(0, maxHeightCm, 5)) {
            double flightMs = Math.sqrt(8 * (h / 100) / LandingMetrics.G) * 1000;
            ticks.add(new BarChart.Tick(flightMs, Ticks.label(h, step)));
        }
        return ticks;
    }
}
