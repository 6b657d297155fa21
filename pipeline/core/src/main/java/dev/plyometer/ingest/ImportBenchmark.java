package dev.plyometer.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A throughput harness, not a test: reads one file through a sink that only counts, several times with the
 * automatic reader choice and several times with the general reader forced, and reports the best run of each.
 * The ratio of the two is the number to quote; absolute MB/s depend on the machine.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    /**
     * One reader's best run.
     *
     * @param parser           the reader that ran, as {@link SourceInfo#notes()} names it ({@code fast},
     *                         {@code general (forced)}, …)
     * @param bytes            file size
     * @param rows             data rows per run
     * @param repetitions      runs made
     * @param bestSeconds      the fastest run
     * @param medianSeconds    the median run
     * @param megabytesPerSecond {@code bytes / 10^6 / bestSeconds}
     * @param rowsPerSecond    {@code rows / bestSeconds}
     */
    public record Run(String parser, long bytes, long rows, int repetitions, double bestSeconds, double medianSeconds,
            double megabytesPerSecond, double rowsPerSecond) {
    }

    /** Both readers on one file. */
    public record Result(Path file, Run automatic, Run general) {
        /** How many times faster the automatic choice (normally the fast reader) is than the general reader. */
        public double speedup() {
            return general.bestSeconds / automatic.bestSeconds;
        }

        /** A few lines of text for a {@code bench} command to print. */
        public String describe() {
            return String.format(Locale.ROOT, "%s: %,d bytes, %,d rows, best of %d runs%n", file, automatic.bytes,
                    automatic.rows, automatic.repetitions)
                    + line(automatic) + line(general)
                    + String.format(Locale.ROOT, "speed-up: %.2fx%n", speedup());
        }

        private static String line(Run r) {
            return String.format(Locale.ROOT, "  %-24s %8.1f MB/s %,14.0f rows/s  (best %.3f s, median %.3f s)%n",
                    r.parser, r.megabytesPerSecond, r.rowsPerSecond, r.bestSeconds, r.medianSeconds);
        }
    }

    public static Result run(Path file, int repetitions) {
        return run(file, ImportOptions.DEFAULTS, repetitions);
    }

    /**
     * Reads {@code file} {@code repetitions} times with each reader, alternating so that both see the same cache
     * and JIT state.
     *
     * @throws ImportException when the file cannot be read
     */
    public static Result run(Path file, ImportOptions options, int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1: " + repetitions);
        }
        ImportOptions auto = options.withForceGeneral(false);
        ImportOptions general = options.withForceGeneral(true);
        double[] autoSeconds = new double[repetitions];
        double[] generalSeconds = new double[repetitions];
        CountingSink autoSink = new CountingSink();
        CountingSink generalSink = new CountingSink();
        for (int i = 0; i < repetitions; i++) {
            autoSeconds[i] = timed(file, auto, autoSink);
            generalSeconds[i] = timed(file, general, generalSink);
        }
        return new Result(file, summary(autoSink, autoSeconds), summary(generalSink, generalSeconds));
    }

    /** Reads {@code file} {@code repetitions} times with the automatic reader choice only; the best run. */
    public static Run automatic(Path file, int repetitions) {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1: " + repetitions);
        }
        double[] seconds = new double[repetitions];
        CountingSink sink = new CountingSink();
        for (int i = 0; i < repetitions; i++) {
            seconds[i] = timed(file, ImportOptions.DEFAULTS, sink);
        }
        return summary(sink, seconds);
    }

    private static double timed(Path file, ImportOptions options, CountingSink sink) {
        long start = System.nanoTime();
        ImportStats stats = CsvImporter.read(file, file.toString(), options, sink);
        double seconds = (System.nanoTime() - start) / 1e9;
        sink.bytes = stats.bytes();
        sink.rows = stats.rows();
        return seconds;
    }

    private static Run summary(CountingSink sink, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new Run(sink.parser, sink.bytes, sink.rows, seconds.length, best, median, sink.bytes / 1e6 / best,
                sink.rows / best);
    }

    /** Counts samples and touches every value, so that nothing the importer produces is dead code. */
    private static final class CountingSink implements SampleSink {
        String parser = "?";
        long bytes;
        long rows;
        double checksum;

        @Override
        public void begin(SourceInfo info) {
            for (String note : info.notes()) {
                if (note.startsWith("parser: ")) {
                    parser = note.substring("parser: ".length());
                }
            }
        }

        @Override
        public void accept(SampleBlock block) {
            double sum = 0;
            for (int i = 0; i < block.size(); i++) {
                sum += block.x[i] + block.y[i] + block.z[i] + block.timeNanos[i];
            }
            checksum += sum;
        }

        @Override
        public void end(ImportStats stats) {
        }
    }
}
