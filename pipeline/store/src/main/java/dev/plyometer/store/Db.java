package dev.plyometer.store;

import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the SQLite database the way concurrent, crash-safe use needs: a busy timeout so that a second process waits
 * for the first instead of failing, write-ahead logging (readers never block the writer, and a crash mid-write
 * leaves the last committed state), {@code synchronous=FULL} (a committed upload survives a power cut), and foreign
 * keys on.
 */
final class Db {
    /** How long a process waits for another one's write transaction before giving up (ms). */
    static final int BUSY_TIMEOUT_MS = 60_000;

    private Db() {
    }

    static Connection open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                try (ResultSet mode = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    String got = mode.next() ? mode.getString(1) : "?";
                    if (!"wal".equalsIgnoreCase(got)) {
                        c.close();
                        throw new StoreException(file.toString(), "expected the database to use write-ahead logging,"
                                + " but SQLite chose journal mode " + got + " (is the data folder on a network drive?)");
                    }
                }
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            return c;
        } catch (SQLException e) {
            throw Tx.failure(file.toString(), e);
        }
    }
}
