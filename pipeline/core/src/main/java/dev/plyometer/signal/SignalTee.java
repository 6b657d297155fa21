package dev.plyometer.signal;

/** Passes the conditioned signal to two listeners, in order: for example the jump detector and a plot's envelope. */
public final class SignalTee implements SignalListener {
    private final SignalListener first;
    private final SignalListener second;

    public SignalTee(SignalListener first, SignalListener second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void start(double nominalPeriodS) {
        first.start(nominalPeriodS);
        second.start(nominalPeriodS);
    }

    @Override
    public void samples(double[] timeS, double[] magnitudeG, double[] maxAbsAxisG, int count) {
        first.samples(timeS, magnitudeG, maxAbsAxisG, count);
        second.samples(timeS, magnitudeG, maxAbsAxisG, count);
    }

    @Override
    public void gap(double fromS, double toS) {
        first.gap(fromS, toS);
        second.gap(fromS, toS);
    }

    @Override
    public void finish() {
        first.finish();
        second.finish();
    }
}
