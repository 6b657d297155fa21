package dev.plyometer.config;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every number the analysis uses, in one place, with its unit in the name. Reports print this record, so every
 * result can be traced to the parameters that produced it. The defaults were tuned on the simulated fixtures
 * ({@code plyometer validate fixtures/} prints how well they do); no validated thresholds are published for
 * wearable jump detection, so treat them as starting points and check them on labelled data of your own.
 *
 * @param gapFactor            an interval longer than this many median intervals is a gap
 * @param freeFallThresholdG   a flight is a lull of the acceleration magnitude below this (0 g in ideal free fall;
 *                             trunk sensors read 0.05–0.3 g in flight, ankle and wrist more)
 * @param eventLevelAboveLullG take-off and touchdown are timed where the magnitude crosses the lull's median plus
 *                             this, interpolated between samples (capped at {@code freeFallThresholdG})
 * @param maxEdgeExtrapolationS take-off and touchdown move at most this far when the edge is extended from the
 *                             event-level crossing to the lull (a noisy or slow edge would otherwise move them far)
 * @param lullMergeS           a rise above the threshold shorter than this, without an impact, does not end a flight
 * @param minLullS             shortest lull kept as a candidate, so that the rhythm of running can be recognised
 *                             from all its strides; only flights of at least {@code minFlightS} are counted
 * @param minFlightS           shortest flight that counts; rope skips fly 0.15–0.35 s, and at 25–50 Hz a flight is
 *                             timed to ±10–20 ms, so the bound sits below them. Running strides (0.08–0.16 s) are
 *                             removed by their rhythm, not by this bound
 * @param maxFlightS           longest flight that counts (longer lulls are drops or a sensor in the air)
 * @param landingWindowS       the impact peak is searched this long after touchdown
 * @param minImpactG           a landing must reach this magnitude inside the landing window
 * @param minImpactSlopeGPerS  …and rise at least this fast between two samples on the way (a 2 g landing over
 *                             60 ms still rises at ~30 g/s; arm swings and slow dips rise at ~10 g/s)
 * @param strideMaxFlightS     a flight at most this long may be a running stride…
 * @param strideMaxIntervalS   …when landings follow each other within this (≥ 2.5 steps/s)…
 * @param strideMinRun         …for at least this many landings in a row: then the whole run is running
 * @param setBreakS            landings further apart than this start a new set
 * @param shortRestS           rest before a set of high-intensity jumps shorter than this is flagged
 * @param rfdMinRateHz         RFD is reported only at this sample rate or above (trunk: 100 Hz; shank: 200 Hz)
 * @param rfdMinRiseSamples    …and only when the rise from touchdown to peak spans at least this many samples
 * @param rfdAgreementPct      published limits of agreement of accelerometer loading rates with force plates (±%)
 * @param gapNearbyS           a landing within this of a gap is flagged {@code gap-nearby}
 * @param stillWindowS         the calibration check looks at windows this long…
 * @param stillMaxSdG          …whose magnitude varies by at most this (standard deviation): the sensor at rest
 * @param restToleranceG       still periods should read 1 g; further from it than this, the report warns of a scale
 *                             or offset error (impact peaks and the thresholds scale with it)
 */
public record Thresholds(
        double gapFactor,
        double freeFallThresholdG,
        double eventLevelAboveLullG,
        double maxEdgeExtrapolationS,
        double lullMergeS,
        double minLullS,
        double minFlightS,
        double maxFlightS,
        double landingWindowS,
        double minImpactG,
        double minImpactSlopeGPerS,
        double strideMaxFlightS,
        double strideMaxIntervalS,
        int strideMinRun,
        double setBreakS,
        double shortRestS,
        double rfdMinRateHz,
        int rfdMinRiseSamples,
        double rfdAgreementPct,
        double gapNearbyS,
        double stillWindowS,
        double stillMaxSdG,
        double restToleranceG) {

    public static final Thresholds DEFAULTS = new Thresholds(
            2.0,   // gapFactor
            0.5,   // freeFallThresholdG
            0.15,  // eventLevelAboveLullG
            0.010, // maxEdgeExtrapolationS
            0.03,  // lullMergeS
            0.04,  // minLullS
            0.12,  // minFlightS
            1.0,   // maxFlightS
            0.15,  // landingWindowS
            1.8,   // minImpactG
            20.0,  // minImpactSlopeGPerS
            0.20,  // strideMaxFlightS
            0.40,  // strideMaxIntervalS
            4,     // strideMinRun
            30.0,  // setBreakS
            120.0, // shortRestS
            100.0, // rfdMinRateHz
            3,     // rfdMinRiseSamples
            65.0,  // rfdAgreementPct
            1.0,   // gapNearbyS
            1.0,   // stillWindowS
            0.03,  // stillMaxSdG
            0.05); // restToleranceG

    public Thresholds {
        positive("gapFactor", gapFactor);
        positive("freeFallThresholdG", freeFallThresholdG);
        positive("minLullS", minLullS);
        if (minFlightS < minLullS) {
            throw new IllegalArgumentException("minFlightS must be at least minLullS: " + minFlightS);
        }
        if (maxFlightS <= minFlightS) {
            throw new IllegalArgumentException("maxFlightS must exceed minFlightS: " + maxFlightS);
        }
        positive("landingWindowS", landingWindowS);
        if (minImpactG <= freeFallThresholdG) {
            throw new IllegalArgumentException("minImpactG must exceed freeFallThresholdG: " + minImpactG);
        }
        positive("setBreakS", setBreakS);
    }

    /** Every threshold by name, in declaration order: what reports print. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : Thresholds.class.getRecordComponents()) {
            try {
                out.put(c.getName(), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number: " + value);
        }
    }
}
