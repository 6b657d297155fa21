package dev.plyometer.signal;

/**
 * A calibration check while streaming: the magnitude during still periods, which should read 1 g. The signal is cut
 * into windows of {@code windowS}; a window whose magnitude varies by at most {@code maxSdG} (standard deviation)
 * is the sensor at rest, and its mean counts, weighted by its length. A gap ends the current window.
 */
public final class RestLevel implements SignalListener {
    private final double windowS;
    private final double maxSdG;

    private double windowStart = Double.NaN;
    private double lastT;
    private long n;
    private double sum;
    private double sumSq;

    private double stillSeconds;
    private double weightedSum;

    public RestLevel(double windowS, double maxSdG) {
        this.windowS = windowS;
        this.maxSdG = maxSdG;
    }

    @Override
    public void samples(double[] timeS, double[] magnitudeG, double[] maxAbsAxisG, int count) {
        for (int i = 0; i < count; i++) {
            double t = timeS[i];
            if (Double.isNaN(windowStart)) {
                windowStart = t;
            } else if (t - windowStart >= windowS) {
                close();
                windowStart = t;
            }
            double m = magnitudeG[i];
            n++;
            sum += m;
            sumSq += m * m;
            lastT = t;
        }
    }

    @Override
    public void gap(double fromS, double toS) {
        windowStart = Double.NaN; // a window spanning a gap is not a still period
        n = 0;
        sum = 0;
        sumSq = 0;
    }

    private void close() {
        if (n >= 3) {
            double mean = sum / n;
            double variance = Math.max(0, sumSq / n - mean * mean);
            if (Math.sqrt(variance) <= maxSdG) {
                double length = lastT - windowStart;
                stillSeconds += length;
                weightedSum += mean * length;
            }
        }
        n = 0;
        sum = 0;
        sumSq = 0;
    }

    /** Seconds the sensor was still (in whole windows). */
    public double stillSeconds() {
        return stillSeconds;
    }

    /** The mean magnitude while still, or {@code NaN} when the sensor was never still for a whole window. */
    public double restMagnitudeG() {
        return stillSeconds > 0 ? weightedSum / stillSeconds : Double.NaN;
    }
}
