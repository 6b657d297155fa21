package dev.plyometer.ingest;

/**
 * What the user told the importer.
 *
 * @param sampleRateHz  sample rate for sources without a time column; {@code 0} when not given
 * @param units         forced input units ({@code g}, {@code milli-g}, {@code m/s2}), or {@code null} to detect
 * @param forceGeneral  read through the general (Commons CSV) path even when the fast path applies; for tests
 *                      and comparisons
 */
public record ImportOptions(double sampleRateHz, String units, boolean forceGeneral) {
    public static final ImportOptions DEFAULTS = new ImportOptions(0, null, false);

    public ImportOptions {
        if (sampleRateHz < 0 || Double.isNaN(sampleRateHz) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be a positive number of Hz: " + sampleRateHz);
        }
    }

    public ImportOptions withForceGeneral(boolean force) {
        return new ImportOptions(sampleRateHz, units, force);
    }
}
