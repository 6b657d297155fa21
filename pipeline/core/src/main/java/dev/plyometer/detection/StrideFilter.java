package dev.plyometer.detection;

import dev.plyometer.config.Thresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells plyometric landings from running strides and other short flights. First by rhythm: Running strides have short flights (0.08–0.16 s) at 2.6–3.4 steps/s,
 * continuously; rope skips and rebounds have longer flights at ≤ 2.3 per second. A run of at least
 * {@link Thresholds#strideMinRun()} landings, each with a flight of at most {@link Thresholds#strideMaxFlightS()}
 * and each within {@link Thresholds#strideMaxIntervalS()} of the previous one, is running: all of it is rejected.
 * The run is found among all candidate landings, short flights included, so that a fast stride whose flight is as
 * long as a rope skip's is still seen to be part of a run. Then flights shorter than
 * {@link Thresholds#minFlightS()} are dropped.
 */
public final class StrideFilter {
    private final Thresholds th;

    public StrideFilter(Thresholds thresholds) {
        this.th = thresholds;
    }

    /**
     * The result: landings kept as plyometric contacts, how many were rejected as running strides, and how many other
     * flights were too short to count.
     */
    public record Result(List<Landing> kept, int strides, int tooShort) {
        public Result {
            kept = List.copyOf(kept);
        }
    }

    public Result apply(List<Landing> landings) {
        int n = landings.size();
        boolean[] stride = new boolean[n];
        int i = 0;
        while (i < n) {
            if (!strideLike(landings.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && strideLike(landings.get(j))
                    && landings.get(j).touchdownS() - landings.get(j - 1).touchdownS() <= th.strideMaxIntervalS()) {
                j++;
            }
            if (j - i >= th.strideMinRun()) {
                Arrays.fill(stride, i, j, true);
            }
            i = j;
        }
        List<Landing> kept = new ArrayList<>();
        int strides = 0;
        int tooShort = 0;
        for (i = 0; i < n; i++) {
            if (stride[i]) {
                strides++;
            } else if (landings.get(i).flightTimeS() < th.minFlightS()) {
                tooShort++;
            } else {
                kept.add(landings.get(i));
            }
        }
        return new Result(kept, strides, tooShort);
    }

    private boolean strideLike(Landing landing) {
        return landing.flightTimeS() <= th.strideMaxFlightS();
    }
}
