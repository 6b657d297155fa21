package dev.plyometer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Write transactions. Each starts with {@code BEGIN IMMEDIATE}, which takes SQLite's write lock at once (waiting up
 * to the busy timeout for another process to finish), so two writers never deadlock on a lock upgrade; it commits,
 * or rolls back on any failure, leaving the database as it was.
 */
final class Tx {
    private Tx() {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T write(Connection c, String where, Work<T> work) {
        try {
            exec(c, "BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw failure(where, e);
        }
        try {
            T result = work.run(c);
            exec(c, "COMMIT");
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw failure(where, e);
        } catch (RuntimeException | Error e) {
            rollback(c);
            throw e;
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static StoreException failure(String where, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_BUSY")) {
            return new StoreException(where, "the history stayed locked by another plyometer for more than "
                    + Db.BUSY_TIMEOUT_MS / 1000 + " s; nothing was changed, try again (" + message + ")", e);
        }
        return new StoreException(where, message, e);
    }

    private static void rollback(Connection c) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction left to roll back: SQLite already rolled it back on the error
        }
    }
}
