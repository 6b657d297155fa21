package dev.plyometer.signal;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeRecorderTest {
    /** A recording: times (with a gap) and magnitudes with jump-like dips and spikes. */
    private record Recording(double[] t, double[] m) {
        static Recording of(int samples, double rateHz, double gapFromS, double gapToS, long seed) {
            Random random = new Random(seed);
            double[] t = new double[samples];
            double[] m = new double[samples];
            int n = 0;
            for (int i = 0; n < samples; i++) {
                double time = i / rateHz;
                if (time >= gapFromS && time < gapToS) {
                    continue;
                }
                t[n] = time;
                m[n] = 1 + 0.05 * random.nextGaussian() + (random.nextInt(500) == 0 ? 6 * random.nextDouble() : 0)
                        - (random.nextInt(400) == 0 ? 0.9 : 0);
                n++;
            }
            return new Recording(t, m);
        }

        MagnitudeTrace feed(EnvelopeRecorder recorder, double periodS, long blockSeed) {
            Random blocks = new Random(blockSeed);
            recorder.start(periodS);
            double[] bt = new double[4096];
            double[] bm = new double[4096];
            double[] ba = new double[4096];
            int i = 0;
            while (i < t.length) {
                int count = Math.min(t.length - i, 1 + blocks.nextInt(4096));
                System.arraycopy(t, i, bt, 0, count);
                System.arraycopy(m, i, bm, 0, count);
                recorder.samples(bt, bm, ba, count);
                i += count;
            }
            recorder.finish();
            return recorder.trace();
        }
    }

    @Test
    void keepsEveryBucketsTrueMinimumAndMaximumInBoundedMemory() {
        Recording rec = Recording.of(360_000, 100, 1000, 1012.5, 42); // an hour at 100 Hz, with a 12.5 s gap
        MagnitudeTrace trace = rec.feed(new EnvelopeRecorder(4000), 0.01, 7);

        assertThat(trace.size()).isLessThanOrEqualTo(4000).isGreaterThan(2000);
        assertThat(trace.bucketWidthS()).isEqualTo(0.01 * 128); // doubled until an hour fits into 4,000 buckets
        assertMatchesEveryBucket(trace, rec);
        assertThat(trace.peakG()).isEqualTo(java.util.Arrays.stream(rec.m()).max().orElseThrow());
    }

    /** Each bucket holds exactly the smallest and largest sample that falls into it. */
    private static void assertMatchesEveryBucket(MagnitudeTrace trace, Recording rec) {
        double w = trace.bucketWidthS();
        double[] min = new double[trace.size()];
        double[] max = new double[trace.size()];
        java.util.Arrays.fill(min, Double.NaN);
        java.util.Arrays.fill(max, Double.NaN);
        for (int i = 0; i < rec.t().length; i++) {
            int b = (int) Math.floor(rec.t()[i] / w);
            min[b] = Double.isNaN(min[b]) ? rec.m()[i] : Math.min(min[b], rec.m()[i]);
            max[b] = Double.isNaN(max[b]) ? rec.m()[i] : Math.max(max[b], rec.m()[i]);
        }
        for (int b = 0; b < trace.size(); b++) {
            assertThat(Double.valueOf(trace.minG(b))).as("min of bucket %d", b).isEqualTo(Double.valueOf(min[b]));
            assertThat(Double.valueOf(trace.maxG(b))).as("max of bucket %d", b).isEqualTo(Double.valueOf(max[b]));
        }
    }

    @Test
    void leavesTheBucketsOfAGapEmpty() {
        Recording rec = Recording.of(360_000, 100, 1000, 1012.5, 42);
        MagnitudeTrace trace = rec.feed(new EnvelopeRecorder(4000), 0.01, 7);
        double w = trace.bucketWidthS();
        int firstInside = (int) Math.ceil(1000 / w);
        int lastInside = (int) Math.floor(1012.5 / w) - 1;
        assertThat(lastInside).isGreaterThan(firstInside);
        for (int b = firstInside; b <= lastInside; b++) {
            assertThat(trace.hasData(b)).as("bucket %d inside the gap", b).isFalse();
        }
        assertThat(trace.hasData(firstInside - 1)).isTrue();
        assertThat(trace.hasData(lastInside + 1)).isTrue();
    }

    @Test
    void givesTheSameTraceWhateverTheBlockBoundaries() {
        Recording rec = Recording.of(50_000, 200, 100, 101, 3);
        MagnitudeTrace one = rec.feed(new EnvelopeRecorder(1000), 0.005, 1);
        MagnitudeTrace other = rec.feed(new EnvelopeRecorder(1000), 0.005, 99);
        assertThat(one).isEqualTo(other);
    }

    @Test
    void keepsSampleResolutionWhileTheRecordingFits() {
        Recording rec = Recording.of(300, 100, 99, 99, 5);
        MagnitudeTrace trace = rec.feed(new EnvelopeRecorder(4000), 0.01, 2);
        assertThat(trace.bucketWidthS()).isEqualTo(0.01);
        assertThat(trace.size()).isBetween(299, 300);
        assertMatchesEveryBucket(trace, rec);
    }

    @Test
    void refusesAnOddCapacity() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EnvelopeRecorder(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
    }
}
