package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plyometer.store.DataDir;
import dev.plyometer.store.History;
import dev.plyometer.store.StoredSession;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Looks inside a data folder after real processes used it: is the database sound and every session whole? */
final class HistoryDb {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryDb() {
    }

    /** Sessions in the database. */
    static int sessions(Path data) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("plyometer.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sessions")) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * The database passes {@code PRAGMA integrity_check}, and every session is whole: its sets are all there and add
     * up to its contacts, its report is complete JSON that agrees with its columns, and its kept export is in place
     * with the bytes its SHA-256 names.
     */
    static void assertSoundAndWhole(Path data) throws IOException {
        try (History h = History.open(new DataDir(data))) {
            assertThat(h.integrityCheck()).containsExactly("ok");
            for (var athlete : h.athletes().list()) {
                for (StoredSession listed : h.sessions().list(athlete)) {
                    StoredSession s = h.sessions().require(listed.id());
                    JsonNode report = JSON.readTree(s.reportJson());
                    assertThat(s.sets()).as("sets of session %d", s.id()).hasSize(report.path("sets").size());
                    assertThat(s.sets().stream().mapToInt(x -> x.contacts()).sum()).isEqualTo(s.contacts());
                    assertThat(report.at("/volume/footContacts").asInt()).isEqualTo(s.contacts());
                    assertThat(h.sources().intact(s.sha256())).as("kept copy of session %d", s.id()).isTrue();
                }
            }
        }
    }
}
