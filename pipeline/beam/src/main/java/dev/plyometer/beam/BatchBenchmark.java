package dev.plyometer.beam;

import dev.plyometer.batch.BatchAnalyzer;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.simulate.BenchmarkExport;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints sessions/s and MB/s for a generated archive analysed on 1, 2 and N threads and by the Beam DirectRunner, so
 * the cost of the engine is visible. {@code BatchBenchmark [--sessions N] [--session-kb KB] [--athletes A]}.
 */
public final class BatchBenchmark {
    private BatchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int sessions = intArg(args, "--sessions", 500);
        int sessionKb = intArg(args, "--session-kb", 200);
        int athletes = intArg(args, "--athletes", 10);
        Path dir = Files.createTempDirectory("plyometer-batch");
        try {
            long bytes = generate(dir, sessions, sessionKb, athletes);
            List<Path> files = exports(dir);
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf(Locale.ROOT, "archive      %d sessions, %d athletes, %.1f MB; java %s, %d cores%n",
                    files.size(), athletes, bytes / 1e6, System.getProperty("java.version"), cores);
            System.out.printf(Locale.ROOT, "%-26s %12s %8s %8s%n", "engine", "sessions/s", "MB/s", "seconds");
            threads(files, 1, bytes); // warm-up: the first pass pays for class loading and JIT
            for (int t : cores > 2 ? new int[] {1, 2, cores} : new int[] {1, 2}) {
                print("threads " + t, files.size(), bytes, threads(files, t, bytes));
            }
            print("Beam DirectRunner", files.size(), bytes, direct(dir, files.size()));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long generate(Path dir, int sessions, int sessionKb, int athletes) throws IOException {
        long bytes = 0;
        for (int i = 0; i < sessions; i++) {
            Path folder = dir.resolve("in").resolve(String.format(Locale.ROOT, "athlete-%02d", i % athletes));
            Files.createDirectories(folder);
            Path file = folder.resolve(String.format(Locale.ROOT, "session-%04d.csv", i));
            bytes += BenchmarkExport.write(file, sessionKb * 1024L, 1000L + i).bytes();
        }
        return bytes;
    }

    private static List<Path> exports(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("in"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static double threads(List<Path> files, int threads, long bytes) {
        List<String> sink = new ArrayList<>();
        long start = System.nanoTime();
        new BatchAnalyzer(threads).run(files, f -> new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(f),
                new BatchAnalyzer.Receiver<SessionReport>() {
                    @Override
                    public void analysed(int index, Path file, SessionReport report) {
                        sink.add(Json.pretty(report));
                        sink.clear();
                    }

                    @Override
                    public void failed(int index, Path file, RuntimeException error) {
                        throw error;
                    }
                });
        return (System.nanoTime() - start) / 1e9;
    }

    private static double direct(Path dir, int expected) throws IOException {
        Path out = dir.resolve("out");
        PlyometerOptions options = PipelineOptionsFactory.fromArgs("--runner=DirectRunner",
                "--input=" + dir.resolve("in") + "/*/*.csv", "--output=" + out).as(PlyometerOptions.class);
        long start = System.nanoTime();
        PipelineResult.State state = PlyometerPipeline.build(options).run().waitUntilFinish();
        double seconds = (System.nanoTime() - start) / 1e9;
        long written;
        try (Stream<Path> walk = Files.walk(out.resolve("sessions"))) {
            written = walk.filter(Files::isRegularFile).count();
        }
        if (state != PipelineResult.State.DONE || written != expected) {
            throw new IllegalStateException("DirectRunner ended " + state + " with " + written + " of " + expected);
        }
        return seconds;
    }

    private static void print(String engine, int sessions, long bytes, double seconds) {
        System.out.printf(Locale.ROOT, "%-26s %12.1f %8.1f %8.2f%n", engine, sessions / seconds, bytes / 1e6 / seconds,
                seconds);
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
