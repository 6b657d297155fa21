package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Streams a large generic export for throughput benchmarks: {@code timestamp,x,y,z}, epoch milliseconds, g with 4
 * decimals, waist sensor at 100 Hz. It repeats blocks of one simulated jump set followed by a 60–120 s rest, each
 * block built, sampled, written and forgotten, so memory stays flat whatever the size (a 1 GB file needs only a small
 * heap). The file stops after the first block that reaches {@code targetBytes}, so it always ends at rest and the
 * returned jump count is exact.
 */
public final class BenchmarkExport {
    public static final double SAMPLE_RATE_HZ = 100;
    private static final Instant START = Instant.parse("2026-11-02T06:00:00Z");
    private static final int BUFFER_CHARS = 1 << 16;
    private static final Exercise[] EXERCISES = java.util.Arrays.stream(Exercise.values())
            .filter(e -> e != Exercise.UNSPECIFIED).toArray(Exercise[]::new);

    private BenchmarkExport() {
    }

    /** Writes at least {@code targetBytes} to {@code file} and returns what it holds. */
    public static BenchmarkSummary write(Path file, long targetBytes, long seed) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.US_ASCII), BUFFER_CHARS)) {
            CsvExportWriter csv = new CsvExportWriter(w, ExportFormat.generic(),
                    START.getEpochSecond() * 1_000_000_000L);
            csv.writeHeader();
            return generate(file, seed, csv, csv::charsWritten, targetBytes, Integer.MAX_VALUE);
        }
    }

    /**
     * Writes the same session as {@link #write} with {@code seed} would, stopped after {@code sets} jump sets (the
     * count {@link BenchmarkSummary#sets()} of that CSV), as a FIT or FIT-derived export: the same samples in
     * another format, for comparing import speeds.
     */
    public static BenchmarkSummary writeFit(Path file, FitExport export, long seed, int sets) throws IOException {
        FitExportWriter out = new FitExportWriter(file, export, START.getEpochSecond() * 1_000_000_000L);
        BenchmarkSummary s;
        try (out) {
            s = generate(file, seed, out, () -> 0, Long.MAX_VALUE, sets);
            out.finish();
        }
        return new BenchmarkSummary(s.file(), s.seed(), s.sampleRateHz(), s.rows(), Files.size(file), s.durationS(),
                s.sets(), s.jumps(), s.contacts());
    }

    /**
     * Writes the same session as {@link #write} with {@code seed} would, stopped after {@code sets} jump sets, in a
     * CSV dialect (for example ActiGraph RAW, a header-block dialect): the same samples in another layout, for
     * comparing import speeds.
     */
    public static BenchmarkSummary writeDialect(Path file, ExportFormat format, long seed, int sets)
            throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.US_ASCII), BUFFER_CHARS)) {
            ExportWriter out = ExportWriters.create(w, format, START.getEpochSecond() * 1_000_000_000L,
                    SAMPLE_RATE_HZ);
            out.writeHeader();
            return generate(file, seed, out, out::charsWritten, Long.MAX_VALUE, sets);
        }
    }

    private interface Size {
        long bytes() throws IOException;
    }

    private static BenchmarkSummary generate(Path file, long seed, RowSink sink, Size size, long targetBytes,
                                             int maxSets) throws IOException {
        Rng structure = Rng.stream(seed, SessionExport.STRUCTURE);
        SensorModel sensor = new SensorModel(Location.WAIST, SensorSpec.typical(16),
                Rng.stream(seed, SessionExport.SENSOR), Rng.stream(seed, SessionExport.NOISE));
        Sampler sampler = new Sampler(sensor, SAMPLE_RATE_HZ);
        int sets = 0;
        int jumps = 0;
        int contacts = 0;
        double now = 0;
        long rows = 0;
        do {
            SessionBuilder block = new SessionBuilder(Location.WAIST, structure, now);
            if (now == 0) {
                block.stand(10);
            }
            Exercise exercise = EXERCISES[structure.between(0, EXERCISES.length - 1)];
            block.set(exercise, reps(exercise, structure)).rest(structure.uniform(60, 120));
            SimulatedSession s = block.build();
            rows += sampler.drain(s.timeline(), sink);
            sets++;
            jumps += s.jumps().size();
            contacts += s.contacts();
            now = s.timeline().end();
        } while (size.bytes() < targetBytes && sets < maxSets);
        return new BenchmarkSummary(file.toString(), seed, SAMPLE_RATE_HZ, rows, size.bytes(), now, sets, jumps,
                contacts);
    }

    private static int reps(Exercise exercise, Rng rng) {
        return switch (exercise) {
            case ROPE_SKIP -> rng.between(20, 40);
            case POGO -> rng.between(10, 20);
            case DEPTH_JUMP -> rng.between(3, 5);
            case SINGLE_LEG_HOP, BOUND -> rng.between(5, 8);
            default -> rng.between(3, 6);
        };
    }

    /** {@code BenchmarkExport FILE BYTES [SEED]}: writes the file and prints its summary. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: BenchmarkExport FILE BYTES [SEED]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        System.out.println(write(Path.of(args[0]), Long.parseLong(args[1]), seed));
    }
}
