package dev.plyometer.signal;

import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleBlock;
import dev.plyometer.ingest.SourceInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SignalConditionerTest {
    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000_000L * MS;

    /** Records what the conditioner passes on. */
    static final class Recorder implements SignalListener {
        final List<Double> times = new ArrayList<>();
        final List<Double> magnitudes = new ArrayList<>();
        final List<Gap> gaps = new ArrayList<>();
        double period = Double.NaN;
        boolean finished;

        @Override
        public void start(double nominalPeriodS) {
            period = nominalPeriodS;
        }

        @Override
        public void samples(double[] timeS, double[] magnitudeG, double[] maxAbsAxisG, int count) {
            for (int i = 0; i < count; i++) {
                times.add(timeS[i]);
                magnitudes.add(magnitudeG[i]);
            }
        }

        @Override
        public void gap(double fromS, double toS) {
            gaps.add(new Gap(fromS, toS));
        }

        @Override
        public void finish() {
            finished = true;
        }
    }

    private static SourceInfo info() {
        return new SourceInfo("test.csv", "csv-generic", "timestamp", "epoch-ms", true, null,
                List.of("x", "y", "z"), "g", "header", List.of());
    }

    private static SignalQuality run(Recorder recorder, long[] times, double[] z, double knownRange) {
        SignalConditioner conditioner = new SignalConditioner(recorder, 2.0, knownRange);
        conditioner.begin(info());
        SampleBlock block = new SampleBlock(7); // small blocks: the stream must not depend on block boundaries
        for (int i = 0; i < times.length; i++) {
            if (block.isFull()) {
                conditioner.accept(block);
                block.clear();
            }
            block.add(times[i], 0, 0, z[i], i + 2);
        }
        conditioner.accept(block);
        conditioner.end(new ImportStats(0, times.length, times.length, 0, List.of()));
        return conditioner.quality();
    }

    private static long[] regular(int n, long periodMs) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * periodMs * MS;
        }
        return t;
    }

    private static double[] ones(int n) {
        double[] z = new double[n];
        java.util.Arrays.fill(z, 1.0);
        return z;
    }

    @Test
    void measuresSampleRateFromTheMedianInterval() {
        Recorder recorder = new Recorder();
        SignalQuality q = run(recorder, regular(5000, 10), ones(5000), Double.NaN);
        assertThat(q.sampleRateHz()).isCloseTo(100.0, within(0.01));
        assertThat(recorder.period).isCloseTo(0.01, within(1e-6));
        assertThat(q.samples()).isEqualTo(5000);
        assertThat(q.durationS()).isCloseTo(49.99, within(1e-9));
        assertThat(q.start()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(recorder.finished).isTrue();
    }

    @Test
    void reportsGapsLongerThanTwoPeriodsAndDoesNotFillThem() {
        long[] t = regular(3000, 10);
        for (int i = 1500; i < t.length; i++) {
            t[i] += 730 * MS; // 0.73 s missing after sample 1499
        }
        Recorder recorder = new Recorder();
        SignalQuality q = run(recorder, t, ones(t.length), Double.NaN);
        assertThat(q.gapCount()).isEqualTo(1);
        assertThat(q.gaps().get(0).fromS()).isCloseTo(14.99, within(1e-9));
        assertThat(q.gaps().get(0).toS()).isCloseTo(15.73, within(1e-9));
        assertThat(recorder.gaps).containsExactlyElementsOf(q.gaps());
        assertThat(recorder.times).hasSize(3000);
        assertThat(q.sampleRateHz()).isCloseTo(100.0, within(0.01));
    }

    @Test
    void dropsExactDuplicateRowsAndKeepsTheFirstOfRepeatedTimes() {
        long[] t = {T0, T0 + 10 * MS, T0 + 10 * MS, T0 + 20 * MS, T0 + 20 * MS, T0 + 30 * MS};
        double[] z = {1, 1.1, 1.1, 1.2, 1.9, 1.3};
        Recorder recorder = new Recorder();
        SignalQuality q = run(recorder, t, z, Double.NaN);
        assertThat(q.duplicateRows()).isEqualTo(1);
        assertThat(q.duplicateTimes()).isEqualTo(1);
        assertThat(recorder.magnitudes).containsExactly(1.0, 1.1, 1.2, 1.3);
    }

    @Test
    void putsSwappedRowsBackInOrder() {
        long[] t = regular(100, 10);
        long swap = t[40];
        t[40] = t[41];
        t[41] = swap;
        Recorder recorder = new Recorder();
        SignalQuality q = run(recorder, t, ones(100), Double.NaN);
        assertThat(q.outOfOrderRows()).isEqualTo(1);
        assertThat(recorder.times).isSorted().hasSize(100);
        assertThat(q.gapCount()).isZero();
    }

    @Test
    void dropsAndCountsRowsTooLateToReSortInAStream() {
        long[] t = regular(500, 10);
        t[400] = t[100]; // 3 s late: far beyond the re-ordering window
        t[400] += 5 * MS;
        Recorder recorder = new Recorder();
        SignalQuality q = run(recorder, t, ones(500), Double.NaN);
        assertThat(q.droppedLateRows()).isEqualTo(1);
        assertThat(recorder.times).isSorted().hasSize(499);
    }

    @Test
    void recognisesClippingWhenSeveralSamplesSitOnTheLargestAxisValue() {
        double[] z = ones(1000);
        z[500] = 8.0;
        z[501] = 8.0;
        z[502] = 8.0;
        z[503] = 6.2;
        SignalQuality q = run(new Recorder(), regular(1000, 5), z, Double.NaN);
        assertThat(q.clippingLevelG()).isEqualTo(8.0);
        assertThat(q.clippedSamples()).isEqualTo(3);
    }

    @Test
    void aSingleLargestValueIsAPeakNotClipping() {
        double[] z = ones(1000);
        z[500] = 7.5;
        z[501] = 6.0;
        SignalQuality q = run(new Recorder(), regular(1000, 5), z, Double.NaN);
        assertThat(q.clipped()).isFalse();
        assertThat(q.clippingLevelG()).isNaN();
    }
}
