package dev.plyometer.cli;

import dev.plyometer.simulate.HistoryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a real {@code plyometer upload} process at random points, and inside the upload transaction: the
 * database is always as it was or has the whole session, never half of it, and stays sound.
 */
class UploadCrashTest {
    private static final long SEED = 20261129L;
    private static final int TRIALS = 10;

    @TempDir
    Path data;

    @Test
    void killNineMidUploadLeavesTheHistoryAsItWasOrWithTheWholeSession() throws Exception {
        List<HistoryCatalog.Session> files = HistoryFixture.manifest().sessions();
        Cli first = Cli.run("upload", HistoryFixture.dir().resolve(files.get(0).file()).toString(), "--athlete", "ana",
                "--data", data.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Random random = new Random(SEED);
        int killedInTransaction = 0;
        int killedElsewhere = 0;
        int finished = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            String file = HistoryFixture.dir().resolve(files.get(trial).file()).toString();
            int before = HistoryDb.sessions(data);
            boolean inTransaction = trial % 2 == 0;
            Subprocess upload = Subprocess.start(inTransaction ? 30_000 : 0, "test pause", "upload", file,
                    "--athlete", "ana", "--data", data.toString());
            if (inTransaction) {
                assertThat(upload.awaitMarker(60_000)).as("the upload reached its transaction: %s", upload.err())
                        .isTrue();
                upload.kill();
                killedInTransaction++;
                assertThat(HistoryDb.sessions(data)).as("trial %d: killed inside the transaction", trial)
                        .isEqualTo(before);
            } else {
                Thread.sleep(100 + random.nextInt(1300));
                if (upload.alive()) {
                    upload.kill();
                    killedElsewhere++;
                } else {
                    finished++;
                }
                assertThat(HistoryDb.sessions(data)).as("trial %d", trial).isBetween(before, before + 1);
            }
            HistoryDb.assertSoundAndWhole(data);
        }
        System.out.printf("kill -9: %d inside the transaction, %d at random points, %d finished first%n",
                killedInTransaction, killedElsewhere, finished);
        // afterwards every file uploads normally, whatever the kills left in tmp/ or sources/
        String[] all = new String[TRIALS + 6];
        all[0] = "upload";
        for (int trial = 0; trial <= TRIALS; trial++) {
            all[trial + 1] = HistoryFixture.dir().resolve(files.get(trial).file()).toString();
        }
        System.arraycopy(new String[] {"--athlete", "ana", "--data", data.toString()}, 0, all, TRIALS + 2, 4);
        Cli rest = Cli.run(all);
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        assertThat(HistoryDb.sessions(data)).isEqualTo(TRIALS + 1);
        HistoryDb.assertSoundAndWhole(data);
    }
}
