package dev.plyometer.signal;

/** Missing data between two consecutive samples, in seconds since the first sample. */
public record Gap(double fromS, double toS) {
    public double durationS() {
        return toS - fromS;
    }
}
