package dev.plyometer.simulate;

import java.io.IOException;
import java.util.List;

/**
 * Point-samples the continuous model at the export's sample times t_k = k / rate. This is what a real sensor's output
 * resembles closely enough: its internal filter is set for its own output rate, and at 25–50 Hz a 20–50 ms landing
 * rise is one or two samples whose height depends on where they fall (peaks are under-read, as on real devices).
 * We deliberately do not render at 1 kHz and decimate, which would need an anti-aliasing filter that real exports
 * do not consistently have. Successive timelines continue the sample count, so a long export can be drawn block by
 * block.
 */
final class Sampler {
    private final SensorModel sensor;
    private final long periodNanos;
    private final double[] axes = new double[3];
    private long next;

    Sampler(SensorModel sensor, double rateHz) {
        this.sensor = sensor;
        double period = 1e9 / rateHz;
        this.periodNanos = Math.round(period);
        if (Math.abs(period - periodNanos) > 1e-6) {
            throw new IllegalArgumentException("sample period must be a whole number of nanoseconds: " + rateHz + " Hz");
        }
    }

    long periodNanos() {
        return periodNanos;
    }

    /** Samples every t_k inside the timeline into {@code sink}; returns the number of rows. */
    long drain(Timeline timeline, RowSink sink) throws IOException {
        List<Phase> phases = timeline.phases();
        int p = 0;
        long rows = 0;
        while (true) {
            long tNanos = next * periodNanos;
            double t = tNanos / 1e9;
            if (t >= timeline.end()) {
                return rows;
            }
            while (t >= phases.get(p).end) {
                p++;
            }
            sensor.measure(phases.get(p), t, axes);
            sink.row(tNanos, axes[0], axes[1], axes[2]);
            next++;
            rows++;
        }
    }
}
