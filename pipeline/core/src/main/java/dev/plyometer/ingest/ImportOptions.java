package dev.plyometer.ingest;

/**
 * What the user told the importer.
 *
 * @param sampleRateHz  sample rate for sources without a time column; {@code 0} when not given
 * @param units         forced input units ({@code g}, {@code milli-g}, {@code m/s2}), or {@code null} to detect
 * @param forceGeneral  read through the general (Commons CSV) path even when the fast path applies; for tests
 *                      and comparisons
 * @param format        a format name from {@link Formats#known()} that overrides detection, or {@code null} to
 *                      detect the format from the content
 */
public record ImportOptions(double sampleRateHz, String units, boolean forceGeneral, String format) {
    public static final ImportOptions DEFAULTS = new ImportOptions(0, null, false, null);
    /** The lowest sample rate {@code --sample-rate} accepts, in Hz. */
    public static final double MIN_SAMPLE_RATE_HZ = 1;
    /** The highest sample rate {@code --sample-rate} accepts, in Hz (accelerometers log at most a few kHz). */
    public static final double MAX_SAMPLE_RATE_HZ = 100_000;

    public ImportOptions {
        if (sampleRateHz != 0 && !(sampleRateHz >= MIN_SAMPLE_RATE_HZ && sampleRateHz <= MAX_SAMPLE_RATE_HZ)) {
            throw new IllegalArgumentException("sample rate: expected " + (long) MIN_SAMPLE_RATE_HZ + " to "
                    + String.format(java.util.Locale.ROOT, "%,d", (long) MAX_SAMPLE_RATE_HZ) + " Hz, found "
                    + sampleRateHz);
        }
        if (format != null) {
            Formats.require(format);
        }
    }

    public ImportOptions(double sampleRateHz, String units, boolean forceGeneral) {
        this(sampleRateHz, units, forceGeneral, null);
    }

    public ImportOptions withForceGeneral(boolean force) {
        return new ImportOptions(sampleRateHz, units, force, format);
    }

    public ImportOptions withFormat(String name) {
        return new ImportOptions(sampleRateHz, units, forceGeneral, name);
    }
}
