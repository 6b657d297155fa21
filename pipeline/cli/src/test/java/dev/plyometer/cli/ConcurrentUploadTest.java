package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plyometer.simulate.HistoryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two real {@code plyometer upload} processes at once on the same, new data folder. */
class ConcurrentUploadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each transaction holds the write lock this long, so the two processes surely meet and one has to wait. */
    private static final long HOLD_MS = 300;

    @TempDir
    Path data;

    private static String[] upload(String athlete, List<HistoryCatalog.Session> sessions, Path data) {
        List<String> args = new ArrayList<>(List.of("upload", "--athlete", athlete, "--data", data.toString(),
                "--json"));
        sessions.forEach(s -> args.add(HistoryFixture.dir().resolve(s.file()).toString()));
        return args.toArray(String[]::new);
    }

    @Test
    void twoUploadsAtOnceBothSucceedWithoutCorruption() throws Exception {
        HistoryCatalog.Manifest m = HistoryFixture.manifest();
        List<HistoryCatalog.Session> ana = HistoryFixture.sessionsOf(m, "ana");
        List<HistoryCatalog.Session> ben = HistoryFixture.sessionsOf(m, "ben");
        // both processes create the database, run the migrations and store their sessions at the same time
        Subprocess a = Subprocess.start(HOLD_MS, null, upload("ana", ana, data));
        Subprocess b = Subprocess.start(HOLD_MS, null, upload("ben", ben, data));
        assertThat(a.waitFor(300)).as(a.err()).isZero();
        assertThat(b.waitFor(300)).as(b.err()).isZero();
        assertThat(HistoryDb.sessions(data)).isEqualTo(ana.size() + ben.size());
        HistoryDb.assertSoundAndWhole(data);
        Cli weekly = Cli.run("weekly", "--athlete", "ben", "--json", "--data", data.toString());
        int total = 0;
        for (JsonNode w : JSON.readTree(weekly.out()).path("weeks")) {
            total += w.path("contacts").asInt();
        }
        assertThat(total).isEqualTo(ben.stream().mapToInt(HistoryCatalog.Session::contacts).sum());
    }

    @Test
    void twoUploadsOfTheSameFilesStoreEachOnce() throws Exception {
        List<HistoryCatalog.Session> ana = HistoryFixture.sessionsOf(HistoryFixture.manifest(), "ana").subList(0, 4);
        Subprocess a = Subprocess.start(HOLD_MS, null, upload("ana", ana, data));
        Subprocess b = Subprocess.start(HOLD_MS, null, upload("ana", ana, data));
        assertThat(a.waitFor(300)).as(a.err()).isZero();
        assertThat(b.waitFor(300)).as(b.err()).isZero();
        assertThat(HistoryDb.sessions(data)).isEqualTo(ana.size());
        long stored = (a.out() + b.out()).lines().filter(l -> l.contains("\"result\":\"stored\"")).count();
        long unchanged = (a.out() + b.out()).lines().filter(l -> l.contains("\"result\":\"unchanged\"")).count();
        assertThat(stored).isEqualTo(ana.size());
        assertThat(unchanged).isEqualTo(ana.size());
        HistoryDb.assertSoundAndWhole(data);
    }
}
