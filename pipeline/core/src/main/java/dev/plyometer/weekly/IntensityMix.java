package dev.plyometer.weekly;

import java.io.Serializable;
import java.util.List;

/**
 * Foot contacts by intensity: low (rope skips, pogo), moderate (two-foot jumps), high (single-leg, bounds, depth
 * jumps), and unknown (sets with no exercise given).
 */
public record IntensityMix(int low, int moderate, int high, int unknown) implements Serializable {
    public static final IntensityMix NONE = new IntensityMix(0, 0, 0, 0);

    public static IntensityMix of(List<SetBreakdown> sets) {
        int low = 0;
        int moderate = 0;
        int high = 0;
        int unknown = 0;
        for (SetBreakdown s : sets) {
            switch (s.intensity()) {
                case "low" -> low += s.contacts();
                case "moderate" -> moderate += s.contacts();
                case "high" -> high += s.contacts();
                default -> unknown += s.contacts();
            }
        }
        return new IntensityMix(low, moderate, high, unknown);
    }

    public IntensityMix plus(IntensityMix o) {
        return new IntensityMix(low + o.low, moderate + o.moderate, high + o.high, unknown + o.unknown);
    }
}
