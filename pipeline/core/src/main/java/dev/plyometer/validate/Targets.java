package dev.plyometer.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The accuracy targets the fixtures must meet, computed from the measured results (never assumed):
 * precision ≥ {@value #MIN_PRECISION} and recall ≥ {@value #MIN_RECALL} at ≥ 50 Hz at the waist or ankle;
 * counts within {@value #MAX_COUNT_ERROR_25HZ_PCT} % at 25 Hz; no landings in sessions without jumps; flight-time
 * mean absolute error ≤ {@value #MAX_FLIGHT_MAE_MS} ms at ≥ 100 Hz; contacts and sets exact.
 */
public final class Targets {
    public static final double MIN_PRECISION = 0.99;
    public static final double MIN_RECALL = 0.98;
    public static final double MAX_COUNT_ERROR_25HZ_PCT = 3.0;
    public static final double MAX_FLIGHT_MAE_MS = 10.0;

    private Targets() {
    }

    public static List<Target> evaluate(List<FixtureResult> results) {
        List<Target> targets = new ArrayList<>();
        Predicate<FixtureResult> trunkOrAnkle50 = r -> r.sampleRateHz() >= 50
                && ("waist".equals(r.location()) || "ankle".equals(r.location())) && r.truthJumps() > 0;
        List<FixtureResult> main = results.stream().filter(trunkOrAnkle50).toList();
        int found = main.stream().mapToInt(FixtureResult::foundJumps).sum();
        int truth = main.stream().mapToInt(FixtureResult::truthJumps).sum();
        int matched = main.stream().mapToInt(FixtureResult::matched).sum();
        double precision = found == 0 ? 0 : (double) matched / found;
        double recall = truth == 0 ? 0 : (double) matched / truth;
        targets.add(new Target("precision, waist/ankle at ≥ 50 Hz (" + main.size() + " fixtures)",
                f("≥ %.2f", MIN_PRECISION), f("%.4f (%d of %d found)", precision, matched, found),
                !main.isEmpty() && precision >= MIN_PRECISION));
        targets.add(new Target("recall, waist/ankle at ≥ 50 Hz (" + main.size() + " fixtures)",
                f("≥ %.2f", MIN_RECALL), f("%.4f (%d of %d true)", recall, matched, truth),
                !main.isEmpty() && recall >= MIN_RECALL));

        List<FixtureResult> low = results.stream().filter(r -> r.sampleRateHz() < 50 && r.truthJumps() > 0).toList();
        double worstLow = low.stream().mapToDouble(r -> 100.0 * Math.abs(r.foundJumps() - r.truthJumps())
                / r.truthJumps()).max().orElse(Double.NaN);
        targets.add(new Target("count error at 25 Hz (" + low.size() + " fixtures, worst)",
                f("≤ %.0f %%", MAX_COUNT_ERROR_25HZ_PCT), f("%.1f %%", worstLow),
                !low.isEmpty() && worstLow <= MAX_COUNT_ERROR_25HZ_PCT));

        List<FixtureResult> none = results.stream().filter(r -> r.truthJumps() == 0).toList();
        int falseInNone = none.stream().mapToInt(FixtureResult::foundJumps).sum();
        targets.add(new Target("landings counted in sessions without jumps (" + none.size() + " fixtures)", "0",
                Integer.toString(falseInNone), !none.isEmpty() && falseInNone == 0));

        List<FixtureResult> fast = results.stream().filter(r -> r.sampleRateHz() >= 100 && r.matched() > 0).toList();
        double mae = fast.stream().mapToDouble(r -> r.flightMaeMs() * r.matched()).sum()
                / Math.max(1, fast.stream().mapToInt(FixtureResult::matched).sum());
        targets.add(new Target("flight-time mean absolute error at ≥ 100 Hz (" + fast.size() + " fixtures)",
                f("≤ %.0f ms", MAX_FLIGHT_MAE_MS), f("%.1f ms", mae), !fast.isEmpty() && mae <= MAX_FLIGHT_MAE_MS));

        long contactsExact = main.stream().filter(r -> r.foundContacts() == r.truthContacts()).count();
        targets.add(new Target("contacts exact, stance known, waist/ankle at ≥ 50 Hz", "all " + main.size(),
                contactsExact + " of " + main.size(), contactsExact == main.size()));

        long setsExact = results.stream().filter(r -> r.foundSets() == r.truthSets()).count();
        targets.add(new Target("set count exact (all fixtures)", "all " + results.size(),
                setsExact + " of " + results.size(), setsExact == results.size()));
        return targets;
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
