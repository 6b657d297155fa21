package dev.plyometer.validate;

/**
 * How the analysis did on one fixture with known truth.
 *
 * @param name             the fixture's export file name
 * @param location         sensor location
 * @param sampleRateHz     nominal sample rate
 * @param truthJumps       true landings
 * @param foundJumps       landings found
 * @param matched          found landings paired with a true one
 * @param truthContacts    true foot contacts
 * @param foundContacts    foot contacts found
 * @param truthSets        true sets
 * @param foundSets        sets found
 * @param flightMaeMs      mean absolute flight-time error over matched landings, ms (NaN when none)
 * @param peakMapePct      mean absolute impact-peak error over matched unclipped landings, % (NaN when none)
 * @param rfdMapePct       mean absolute RFD error over matched landings with a reported RFD and no clipping, %
 * @param rfdCompared      how many landings the RFD error is over
 * @param error            the import or analysis error, or {@code null}
 */
public record FixtureResult(
        String name,
        String location,
        double sampleRateHz,
        int truthJumps,
        int foundJumps,
        int matched,
        int truthContacts,
        int foundContacts,
        int truthSets,
        int foundSets,
        double flightMaeMs,
        double peakMapePct,
        double rfdMapePct,
        int rfdCompared,
        String error) {

    public double precision() {
        return foundJumps == 0 ? (truthJumps == 0 ? 1.0 : 0.0) : (double) matched / foundJumps;
    }

    public double recall() {
        return truthJumps == 0 ? 1.0 : (double) matched / truthJumps;
    }

    public int falsePositives() {
        return foundJumps - matched;
    }

    public int missed() {
        return truthJumps - matched;
    }
}
