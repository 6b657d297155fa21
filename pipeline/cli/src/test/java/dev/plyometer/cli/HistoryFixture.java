package dev.plyometer.cli;

import dev.plyometer.simulate.HistoryCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the committed multi-week history (fixtures/history) into a data folder through the command line. */
final class HistoryFixture {
    private HistoryFixture() {
    }

    static Path dir() {
        return Cli.root().resolve(HistoryCatalog.DEFAULT_DIR);
    }

    static HistoryCatalog.Manifest manifest() {
        try {
            return HistoryCatalog.read(dir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds both athletes with their settings and uploads all their sessions into {@code data}. */
    static HistoryCatalog.Manifest load(Path data) {
        HistoryCatalog.Manifest m = manifest();
        for (HistoryCatalog.Athlete a : m.athletes()) {
            Cli add = Cli.run("athlete", "add", a.name(), "--level", a.level(), "--count", a.unit(), "--zone",
                    a.timeZone(), "--strength-start", a.strengthProgramStart(), "--sessions-per-week",
                    Integer.toString(a.sessionsPerWeek()), "--data", data.toString());
            assertThat(add.exitCode()).as(add.err()).isZero();
            List<String> args = new ArrayList<>(List.of("upload", "--athlete", a.name(), "--data", data.toString()));
            m.sessions().stream().filter(s -> s.athlete().equals(a.name()))
                    .forEach(s -> args.add(dir().resolve(s.file()).toString()));
            Cli upload = Cli.run(args.toArray(String[]::new));
            assertThat(upload.exitCode()).as(upload.err()).isZero();
        }
        return m;
    }

    static List<HistoryCatalog.Session> sessionsOf(HistoryCatalog.Manifest m, String athlete) {
        return m.sessions().stream().filter(s -> s.athlete().equals(athlete)).toList();
    }
}
