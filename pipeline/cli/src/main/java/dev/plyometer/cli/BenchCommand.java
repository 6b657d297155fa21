package dev.plyometer.cli;

import dev.plyometer.ingest.CsvDialect;
import dev.plyometer.ingest.ImportBenchmark;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.simulate.BenchmarkExport;
import dev.plyometer.simulate.ExportFormat;
import dev.plyometer.simulate.FitExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code plyometer bench}: throughput of import and of the whole analysis on a generated export whose jump count is
 * known, with the heap it needed. Prints measured numbers; asserts nothing about speed.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Generates a large generic CSV (timestamp,x,y,z; epoch ms; g) of repeated jump sets, then "
                + "measures MB/s and rows/s of the fast import path, the general (Commons CSV) path, and the whole "
                + "analysis, and reports the peak heap; then the same session as an ActiGraph RAW CSV (a header-block "
                + "dialect with no time column), as native FIT and as Garmin SDK JSON, and their import MB/s and "
                + "samples/s. Run it under -Xmx256m to check the streaming promise."},
        footer = {"", ExitCodes.HELP})
final class BenchCommand implements Callable<Integer> {
    private static final long SEED = 42L;

    @Option(names = "--size-mb", paramLabel = "MB", defaultValue = "256",
            description = "size of the generated file; default ${DEFAULT-VALUE}")
    long sizeMb;

    @Option(names = "--file", paramLabel = "FILE", description = "measure this file instead of generating one")
    Path file;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "runs of each measurement; the best is reported; default ${DEFAULT-VALUE}")
    int repeat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path input = file;
        Path temp = null;
        long expectedJumps = -1;
        dev.plyometer.simulate.BenchmarkSummary summary = null;
        if (input == null) {
            temp = Files.createTempDirectory("plyometer-bench");
            input = temp.resolve("bench.csv");
            err.println("plyometer: generating " + sizeMb + " MB in " + input + " …");
            summary = BenchmarkExport.write(input, sizeMb * 1024 * 1024, SEED);
            expectedJumps = summary.jumps();
        }
        try {
            measure(input, expectedJumps, out);
            if (summary != null) {
                measureFit(temp, summary, out, err);
            }
        } finally {
            if (temp != null) {
                Files.deleteIfExists(input);
                Files.deleteIfExists(temp);
            }
        }
        return ExitCodes.OK;
    }

    private void measure(Path input, long expectedJumps, PrintWriter out) throws IOException {
        {
            long bytes = Files.size(input);
            out.printf(Locale.ROOT, "file         %s (%.1f MB)%n", input.getFileName(), bytes / 1e6);
            out.printf(Locale.ROOT, "java         %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf(Locale.ROOT, "%-34s %10s %12s %8s%n", "stage", "MB/s", "rows/s", "seconds");
            ImportBenchmark.Result imports = ImportBenchmark.run(input, Math.max(1, repeat));
            print(out, "import, " + imports.automatic().parser() + " path", imports.automatic());
            print(out, "import, general path (Commons CSV)", imports.general());
            SessionReport[] last = new SessionReport[1];
            Measure full = best(() -> {
                long start = System.nanoTime();
                last[0] = new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(input, input.getFileName().toString());
                Json.line(last[0]);
                return new Measure(System.nanoTime() - start, last[0].source().samples());
            });
            double seconds = full.nanos() / 1e9;
            out.printf(Locale.ROOT, "%-34s %10.0f %12.0f %8.2f%n", "analyze (import+detect+report)",
                    bytes / 1e6 / seconds, full.rows() / seconds, seconds);
            out.printf(Locale.ROOT, "jumps        found %d%s%n", last[0].totals().jumps(),
                    expectedJumps >= 0 ? " of " + expectedJumps + " generated" : "");
            out.printf(Locale.ROOT, "peak heap    ≤ %d MB (sum of the heap pools' peaks over all runs)%n",
                    peakHeapMb());
        }
    }

    /**
     * The same session as an ActiGraph RAW CSV, as native FIT (calibrated g, 25 samples a message) and as Garmin SDK
     * JSON: import MB/s and samples/s through the format detection, as {@code analyze} reads them.
     */
    private void measureFit(Path temp, dev.plyometer.simulate.BenchmarkSummary csv, PrintWriter out, PrintWriter err)
            throws IOException {
        String[] names = {"ActiGraph RAW CSV", "native FIT", "Garmin SDK JSON"};
        String[] files = {"bench-actigraph-raw.csv", "bench.fit", "bench.json"};
        for (int i = 0; i < names.length; i++) {
            Path file = temp.resolve(files[i]);
            err.println("plyometer: writing the same session as " + names[i] + " in " + file + " …");
            try {
                switch (i) {
                    case 0 -> BenchmarkExport.writeDialect(file, ExportFormat.of(CsvDialect.ACTIGRAPH_RAW), SEED,
                            csv.sets());
                    case 1 -> BenchmarkExport.writeFit(file, FitExport.of(FitExport.Container.FIT,
                            FitExport.Values.CALIBRATED), SEED, csv.sets());
                    default -> BenchmarkExport.writeFit(file, FitExport.of(FitExport.Container.GARMIN_SDK_JSON,
                            FitExport.Values.CALIBRATED), SEED, csv.sets());
                }
                ImportBenchmark.Run run = ImportBenchmark.runExport(file, Math.max(1, repeat));
                out.printf(Locale.ROOT, "%-34s %10.0f %12.0f %8.2f  (%.1f MB, %d samples)%n", "import, " + names[i],
                        run.megabytesPerSecond(), run.rowsPerSecond(), run.bestSeconds(), run.bytes() / 1e6,
                        run.rows());
            } finally {
                Files.deleteIfExists(file);
            }
        }
        out.printf(Locale.ROOT, "peak heap    ≤ %d MB (after the other formats' runs)%n", peakHeapMb());
    }

    private record Measure(long nanos, long rows) {
    }

    private interface Run {
        Measure run() throws IOException;
    }

    private Measure best(Run run) throws IOException {
        Measure best = null;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            Measure m = run.run();
            if (best == null || m.nanos() < best.nanos()) {
                best = m;
            }
        }
        return best;
    }

    private static void print(PrintWriter out, String stage, ImportBenchmark.Run run) {
        out.printf(Locale.ROOT, "%-34s %10.0f %12.0f %8.2f%n", stage, run.megabytesPerSecond(), run.rowsPerSecond(),
                run.bestSeconds());
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
