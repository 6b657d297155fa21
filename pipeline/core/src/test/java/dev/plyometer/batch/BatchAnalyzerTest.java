package dev.plyometer.batch;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.testing.Repo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchAnalyzerTest {

    private static List<Path> exports() throws IOException {
        try (Stream<Path> files = Files.list(Repo.fixtures().resolve("sessions"))) {
            return files.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".plan.csv"))
                    .sorted().toList();
        }
    }

    private static List<String> run(int threads, List<Path> files) {
        List<String> out = new ArrayList<>();
        new BatchAnalyzer(threads).run(files, f -> new SessionAnalyzer(AnalysisOptions.DEFAULTS).analyze(f),
                new BatchAnalyzer.Receiver() {
                    @Override
                    public void analysed(int index, Path file, SessionReport report) {
                        out.add(index + " " + Json.line(report));
                    }

                    @Override
                    public void failed(int index, Path file, RuntimeException error) {
                        out.add(index + " failed " + error.getMessage());
                    }
                });
        return out;
    }

    @Test
    void severalThreadsGiveTheSameResultsInTheSameOrderAsOne() throws IOException {
        List<Path> files = new ArrayList<>(exports());
        files.add(2, Repo.fixtures().resolve("no-such-export.csv"));
        List<String> single = run(1, files);
        List<String> parallel = run(3, files);
        assertThat(parallel).isEqualTo(single).hasSize(files.size());
        assertThat(single.get(2)).startsWith("2 failed ").contains("no-such-export.csv");
    }

    @Test
    void holdsAtMostTwoResultsPerThreadAtOnce() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            files.add(Path.of("f" + i));
        }
        AtomicInteger started = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger worst = new AtomicInteger();
        BatchAnalyzer batch = new BatchAnalyzer(2);
        batch.run(files, f -> {
            int held = started.incrementAndGet() - delivered.get();
            worst.accumulateAndGet(held, Math::max);
            if (f.toString().endsWith("7")) {
                throw new ImportException(f.toString(), 3, "expected a number");
            }
            return null;
        }, new BatchAnalyzer.Receiver() {
            @Override
            public void analysed(int index, Path file, SessionReport report) {
                assertThat(file).isEqualTo(files.get(index));
                delivered.incrementAndGet();
            }

            @Override
            public void failed(int index, Path file, RuntimeException error) {
                assertThat(error).hasMessage(file + ":3: expected a number");
                delivered.incrementAndGet();
            }
        });
        assertThat(delivered.get()).isEqualTo(200);
        assertThat(worst.get()).isLessThanOrEqualTo(batch.window());
    }
}
