package dev.plyometer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploading on several threads stores the same sessions, in the same order, as on one. */
class UploadThreadsTest {
    @TempDir
    Path temp;

    private List<String> anaFiles() throws IOException {
        try (Stream<Path> files = Files.list(HistoryFixture.dir())) {
            return files.map(Path::toString).filter(f -> f.contains("/ana-") && f.endsWith(".csv")
                    && !f.endsWith(".plan.csv")).sorted().toList();
        }
    }

    private Cli upload(Path data, int threads, List<String> files) {
        List<String> args = new ArrayList<>(List.of("upload", "--athlete", "ana", "--data", data.toString(),
                "--threads", Integer.toString(threads), "--no-reports", "--json"));
        args.addAll(files);
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void severalThreadsStoreWhatOneThreadStores() throws IOException {
        List<String> files = new ArrayList<>(anaFiles());
        files.add(1, files.get(0)); // the same bytes twice: stored once, then unchanged
        Cli one = upload(temp.resolve("one"), 1, files);
        Cli three = upload(temp.resolve("three"), 3, files);
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(three.exitCode()).as(three.err()).isZero();
        assertThat(three.out()).isEqualTo(one.out());
        assertThat(one.out().lines().filter(l -> l.contains("\"unchanged\"")).count()).isEqualTo(1);
        String weeklyOne = Cli.run("weekly", "--athlete", "ana", "--from", "2026-W43", "--to", "2026-W46", "--json",
                "--data", temp.resolve("one").toString()).out();
        String weeklyThree = Cli.run("weekly", "--athlete", "ana", "--from", "2026-W43", "--to", "2026-W46",
                "--json", "--data", temp.resolve("three").toString()).out();
        assertThat(weeklyThree).isEqualTo(weeklyOne).contains("\"sessions\"");
    }
}
