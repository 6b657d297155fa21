package dev.plyometer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.SessionReport;
import dev.plyometer.testing.Repo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robustness harness: every export under {@code fixtures/sessions} (whatever its format; plans and truth files
 * left out), corrupted twice in each of six ways with a fixed seed, must end the whole
 * analysis in a {@link SessionReport} or in one clean {@link ImportException} / {@link AnalysisException} whose
 * message starts with the file name — never another exception, and never a hang ({@value #HANG_GUARD_S} s per case
 * is a guard against loops, not a speed requirement).
 */
class CorruptedFixturesTest {
    static final long SEED = 20_261_129L;
    /** Runs per fixture and kind; {@code -Dplyometer.corruptions=N} runs more when hunting for bugs. */
    static final int RUNS_PER_KIND = Integer.getInteger("plyometer.corruptions", 2);
    static final int HANG_GUARD_S = 20;

    @TempDir
    static Path dir;

    /** Ways to break a file, each drawn from the case's own random stream. */
    enum Corruption {
        TRUNCATE, FLIP_BYTES, DELETE_LINES, SWAP_COLUMNS, DUPLICATE_LINES, INSERT_GARBAGE
    }

    static List<Path> exports() throws IOException {
        try (Stream<Path> files = Files.list(Repo.fixtures().resolve("sessions"))) {
            return files.filter(Files::isRegularFile).filter(CorruptedFixturesTest::isExport).sorted().toList();
        }
    }

    private static boolean isExport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".plan.csv") && !name.endsWith(".truth.json")
                && !name.startsWith("readme");
    }

    @TestFactory
    Stream<DynamicTest> everyCorruptedFixtureEndsInAReportOrOneCleanError() throws IOException {
        List<Path> files = exports();
        assertThat(files).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path fixture : files) {
            for (Corruption kind : Corruption.values()) {
                for (int run = 0; run < RUNS_PER_KIND; run++) {
                    String name = fixture.getFileName() + " " + kind.name().toLowerCase(Locale.ROOT) + " #" + run;
                    long seed = SEED ^ (fixture.getFileName().toString().hashCode() * 31L + kind.ordinal()) * 1_000_003L
                            + run;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(fixture, kind, seed)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(Path fixture, Corruption kind, long seed) throws IOException {
        byte[] bytes = corrupt(Files.readAllBytes(fixture), kind, new Random(seed));
        String base = fixture.getFileName().toString();
        Path file = dir.resolve(kind.name().toLowerCase(Locale.ROOT) + "-" + base);
        Files.write(file, bytes);
        String shown = file.getFileName().toString();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(HANG_GUARD_S), () -> {
                try {
                    SessionReport report = new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(file, shown);
                    assertThat(report.source().samples()).isPositive();
                    assertThat(report.warnings()).allSatisfy(w -> assertThat(w).startsWith(shown));
                } catch (ImportException | AnalysisException e) {
                    assertThat(e.getMessage()).as("seed %d", seed).startsWith(shown + ":").doesNotContain("\n");
                }
            }, () -> shown + " (seed " + seed + ") did not finish in " + HANG_GUARD_S + " s");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static byte[] corrupt(byte[] in, Corruption kind, Random r) {
        return switch (kind) {
            case TRUNCATE -> java.util.Arrays.copyOf(in, r.nextInt(Math.max(1, in.length)));
            case FLIP_BYTES -> {
                byte[] out = in.clone();
                for (int i = 1 + r.nextInt(20); i > 0 && out.length > 0; i--) {
                    out[r.nextInt(out.length)] ^= (byte) (1 + r.nextInt(255));
                }
                yield out;
            }
            case DELETE_LINES -> {
                List<byte[]> lines = lines(in);
                for (int i = 1 + r.nextInt(5); i > 0 && !lines.isEmpty(); i--) {
                    int from = r.nextInt(lines.size());
                    int to = Math.min(lines.size(), from + 1 + r.nextInt(50));
                    lines.subList(from, to).clear();
                }
                yield join(lines);
            }
            case SWAP_COLUMNS -> {
                List<byte[]> lines = lines(in);
                char d = delimiter(lines.isEmpty() ? new byte[0] : lines.get(Math.min(lines.size() - 1, 0)));
                int a = r.nextInt(4);
                int b = (a + 1 + r.nextInt(3)) % 4;
                int from = r.nextInt(Math.max(1, lines.size()));
                for (int i = from; i < lines.size(); i++) {
                    lines.set(i, swap(lines.get(i), d, a, b));
                }
                yield join(lines);
            }
            case DUPLICATE_LINES -> {
                List<byte[]> lines = lines(in);
                for (int i = 1 + r.nextInt(5); i > 0 && !lines.isEmpty(); i--) {
                    int from = r.nextInt(lines.size());
                    List<byte[]> copy = new ArrayList<>(lines.subList(from, Math.min(lines.size(),
                            from + 1 + r.nextInt(100))));
                    lines.addAll(r.nextInt(lines.size() + 1), copy);
                }
                yield join(lines);
            }
            case INSERT_GARBAGE -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 6000);
                int blocks = 1 + r.nextInt(3);
                int[] at = r.ints(blocks, 0, in.length + 1).sorted().toArray();
                int pos = 0;
                for (int cut : at) {
                    out.write(in, pos, cut - pos);
                    byte[] garbage = new byte[1 + r.nextInt(2000)];
                    r.nextBytes(garbage);
                    out.writeBytes(garbage);
                    pos = cut;
                }
                out.write(in, pos, in.length - pos);
                yield out.toByteArray();
            }
        };
    }

    private static List<byte[]> lines(byte[] in) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length) {
            lines.add(java.util.Arrays.copyOfRange(in, start, in.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static char delimiter(byte[] line) {
        String s = new String(line, StandardCharsets.ISO_8859_1);
        long semicolons = s.chars().filter(c -> c == ';').count();
        long commas = s.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The line with its {@code a}-th and {@code b}-th values exchanged (unchanged when it has fewer). */
    private static byte[] swap(byte[] line, char d, int a, int b) {
        String s = new String(line, StandardCharsets.ISO_8859_1);
        boolean newline = s.endsWith("\n");
        String[] cells = (newline ? s.substring(0, s.length() - 1) : s).split(java.util.regex.Pattern.quote(
                String.valueOf(d)), -1);
        if (Math.max(a, b) >= cells.length) {
            return line;
        }
        String t = cells[a];
        cells[a] = cells[b];
        cells[b] = t;
        return (String.join(String.valueOf(d), cells) + (newline ? "\n" : "")).getBytes(StandardCharsets.ISO_8859_1);
    }
}
