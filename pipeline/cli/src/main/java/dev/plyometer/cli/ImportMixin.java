package dev.plyometer.cli;

import dev.plyometer.ingest.ImportOptions;
import picocli.CommandLine.Option;

/** The options that say how to read an export, shared by every command that reads one. */
final class ImportMixin {
    @Option(names = "--sample-rate", paramLabel = "HZ", description = "sample rate for files without a time column")
    Double sampleRateHz;

    @Option(names = "--units", paramLabel = "UNITS", description = "input units when the header does not say and "
            + "inference is wrong: g, milli-g or m/s2")
    String units;

    @Option(names = "--format", paramLabel = "NAME", converter = Converters.FormatConverter.class,
            description = "read every file as this format instead of detecting it from the content: ${COMPLETION-"
                    + "CANDIDATES}", completionCandidates = Converters.FormatNames.class)
    String format;

    ImportOptions options() {
        return new ImportOptions(sampleRateHz == null ? 0 : sampleRateHz, units, false, format);
    }
}
