package dev.plyometer.simulate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Applies export faults to the row stream on its way to the writer: drops the rows inside gaps, writes chosen rows
 * twice, jitters written timestamps, and swaps chosen neighbours. Holds at most one row (for a swap).
 */
final class ImperfectRows implements RowSink {
    /** Where the faults go; rows are sample indices k (t = k / rate). */
    record Plan(double[] gapStartS, double[] gapEndS, long[] duplicateRows, long[] swappedRows, long jitterMicros) {
        /** One line for the truth's description, times in seconds since the first row. */
        String describe(double rateHz) {
            List<String> parts = new ArrayList<>();
            if (gapStartS.length > 0) {
                StringBuilder s = new StringBuilder("gaps (rows missing) at");
                for (int i = 0; i < gapStartS.length; i++) {
                    s.append(i == 0 ? " " : ", ").append(String.format(Locale.ROOT, "%.2f-%.2f s", gapStartS[i],
                            gapEndS[i]));
                }
                parts.add(s.toString());
            }
            if (duplicateRows.length > 0) {
                parts.add("duplicate rows at " + times(duplicateRows, rateHz));
            }
            if (swappedRows.length > 0) {
                parts.add("rows swapped with the next at " + times(swappedRows, rateHz));
            }
            if (jitterMicros > 0) {
                parts.add(String.format(Locale.ROOT, "timestamps jittered by up to +-%.1f ms", jitterMicros / 1000.0));
            }
            return String.join("; ", parts);
        }

        private static String times(long[] rows, double rateHz) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < rows.length; i++) {
                s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f s", rows[i] / rateHz));
            }
            return s.toString();
        }

        /**
         * Places the faults away from the first 5 s, the last 5 s and from each other; gaps also stay 1 s clear of
         * every landing's take-off and touchdown.
         */
        static Plan place(Imperfections spec, SimulatedSession session, double rateHz, Rng rng) {
            double end = session.timeline().end();
            List<double[]> taken = new ArrayList<>();
            for (JumpMarker j : session.jumps()) {
                taken.add(new double[] {j.takeoffS() - 1, j.touchdownS() + 1});
            }
            int n = spec.droppedBursts();
            double[] gs = new double[n];
            double[] ge = new double[n];
            for (int i = 0; i < n; i++) {
                // Lengths spread over 0.2–2 s so one file shows short and long gaps.
                double len = 0.2 + 1.8 * (i + rng.uniform()) / n;
                double[] at = free(taken, 5, end - 5 - len, len, 3, rng);
                gs[i] = at[0];
                ge[i] = at[0] + len;
            }
            List<double[]> gaps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                gaps.add(new double[] {gs[i] - 1, ge[i] + 1});
            }
            long[] dups = rows(spec.duplicateRows(), gaps, end, rateHz, rng);
            long[] swaps = rows(spec.swappedPairs(), gaps, end, rateHz, rng);
            sortTogether(gs, ge);
            long jitter = Math.round(spec.jitterMs() * 1000);
            return new Plan(gs, ge, dups, swaps, jitter);
        }

        private static double[] free(List<double[]> taken, double lo, double hi, double len, double spacing, Rng rng) {
            for (int attempt = 0; attempt < 100_000; attempt++) {
                double s = rng.uniform(lo, hi);
                boolean clear = true;
                for (double[] t : taken) {
                    if (s < t[1] + spacing && s + len > t[0] - spacing) {
                        clear = false;
                        break;
                    }
                }
                if (clear) {
                    taken.add(new double[] {s, s + len});
                    return new double[] {s, s + len};
                }
            }
            throw new IllegalStateException("no room for a " + len + " s gap away from the landings");
        }

        private static long[] rows(int count, List<double[]> taken, double end, double rateHz, Rng rng) {
            long[] rows = new long[count];
            for (int i = 0; i < count; i++) {
                double[] at = free(taken, 5, end - 5, 0.1, 0.5, rng);
                rows[i] = (long) Math.ceil(at[0] * rateHz);
            }
            Arrays.sort(rows);
            return rows;
        }

        private static void sortTogether(double[] starts, double[] ends) {
            Integer[] order = new Integer[starts.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(starts[a], starts[b]));
            double[] s = starts.clone();
            double[] e = ends.clone();
            for (int i = 0; i < order.length; i++) {
                starts[i] = s[order[i]];
                ends[i] = e[order[i]];
            }
        }
    }

    private final RowSink out;
    private final Plan plan;
    private final Rng jitter;
    private long index;
    private boolean holding;
    private long heldT;
    private double heldX;
    private double heldY;
    private double heldZ;

    ImperfectRows(RowSink out, Plan plan, Rng jitter) {
        this.out = out;
        this.plan = plan;
        this.jitter = jitter;
    }

    @Override
    public void row(long tNanos, double xG, double yG, double zG) throws IOException {
        long k = index++;
        double t = tNanos / 1e9;
        for (int i = 0; i < plan.gapStartS().length; i++) {
            if (t >= plan.gapStartS()[i] && t < plan.gapEndS()[i]) {
                return;
            }
        }
        long written = tNanos;
        if (k > 0 && plan.jitterMicros() > 0) {
            long j = plan.jitterMicros();
            written += 1000L * (jitter.between(0, (int) (2 * j)) - j);
        }
        if (holding) {
            emit(k, written, xG, yG, zG);
            emit(k - 1, heldT, heldX, heldY, heldZ);
            holding = false;
        } else if (Arrays.binarySearch(plan.swappedRows(), k) >= 0) {
            holding = true;
            heldT = written;
            heldX = xG;
            heldY = yG;
            heldZ = zG;
        } else {
            emit(k, written, xG, yG, zG);
        }
    }

    private void emit(long k, long t, double x, double y, double z) throws IOException {
        out.row(t, x, y, z);
        if (Arrays.binarySearch(plan.duplicateRows(), k) >= 0) {
            out.row(t, x, y, z);
        }
    }

    @Override
    public void finish() throws IOException {
        if (holding) {
            emit(index - 1, heldT, heldX, heldY, heldZ);
            holding = false;
        }
        out.finish();
    }
}
