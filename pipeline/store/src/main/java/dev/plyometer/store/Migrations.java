package dev.plyometer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations. The scripts are resources ({@value #FOLDER}), applied in order, each in the same
 * transaction as its row in {@code schema_version}, so a database is always at exactly one version. Two processes
 * opening a new database at once take turns: the second finds the work done.
 */
final class Migrations {
    static final String FOLDER = "/dev/plyometer/store/migrations/";
    /** Every migration, in order. A released script is never edited; a change is a new script at the end. */
    static final List<String> SCRIPTS = List.of("V1__athletes_sessions_sets.sql");

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    private Migrations() {
    }

    /** The schema version this plyometer writes. */
    static int latest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    static int version(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalStateException("migration names look like V2__what_it_does.sql: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Brings the database to {@link #latest()}; returns the version it was at. */
    static int apply(Connection c, String where) {
        try {
            int current = current(c);
            if (current == latest()) {
                return current;
            }
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
        return Tx.write(c, where, tx -> {
            try (Statement s = tx.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT "
                        + "NULL, applied_at TEXT NOT NULL)");
            }
            int before = current(tx);
            if (before > latest()) {
                throw new StoreException(where, "the history is at schema version " + before + ", written by a newer "
                        + "plyometer; this one knows versions up to " + latest() + ": upgrade plyometer");
            }
            for (String script : SCRIPTS) {
                int v = version(script);
                if (v > before) {
                    for (String statement : statements(script)) {
                        try (Statement s = tx.createStatement()) {
                            s.execute(statement);
                        }
                    }
                    try (PreparedStatement p = tx.prepareStatement(
                            "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                        p.setInt(1, v);
                        p.setString(2, script);
                        p.setString(3, Instant.now().toString());
                        p.executeUpdate();
                    }
                }
            }
            return before;
        });
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet table = s.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
            if (!table.next() || table.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet v = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return v.next() ? v.getInt(1) : 0;
        }
    }

    /** The script's statements: each ends with {@code ;} at the end of a line; {@code --} comments are dropped. */
    static List<String> statements(String script) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + script)) {
            if (in == null) {
                throw new IllegalStateException("migration " + FOLDER + script + " is missing from the build");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (code.isEmpty()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration " + script + " ends without ';'");
        }
        return out;
    }
}
