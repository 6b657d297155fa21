package dev.plyometer.check;

/**
 * The range the true count plausibly lies in, given the detector's measured precision and recall. Counted landings
 * are true ones (precision) out of the true landings the detector saw (recall), so the true count ≈ counted ×
 * precision / recall. The band takes the worst cases of both bounds (low: lowest precision over highest recall;
 * high: highest precision over lowest recall), so it is wider than a {@code confidence} interval for the ratio
 * itself, never narrower.
 *
 * @param low        lowest plausible true count
 * @param high       highest plausible true count
 * @param confidence the confidence level of each of the precision and recall bounds
 * @param precision  the precision the band used
 * @param recall     the recall the band used
 */
public record CountBand(double low, double high, double confidence, Proportion precision, Proportion recall) {

    /** Each bound at 95 %. */
    public static final double CONFIDENCE = 0.95;

    public static CountBand of(int counted, DetectorAccuracy accuracy) {
        Proportion p = accuracy.precision(CONFIDENCE);
        Proportion r = accuracy.recall(CONFIDENCE);
        double low = counted * p.low() / r.high();
        double high = r.low() > 0 ? counted * p.high() / r.low() : Double.POSITIVE_INFINITY;
        return new CountBand(low, high, CONFIDENCE, p, r);
    }
}
