package dev.plyometer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The athlete history in a data folder: open it, use its athletes, sessions and source copies, close it. Opening
 * creates the folder and the database on first use and brings the schema up to date. One instance is for one thread;
 * any number of processes may open the same folder at once.
 */
public final class History implements AutoCloseable {
    private final DataDir dir;
    private final Connection db;
    private final String where;
    private final SourceStore sources;
    private final Athletes athletes;
    private final Sessions sessions;

    private History(DataDir dir, Connection db) {
        this.dir = dir;
        this.db = db;
        this.where = dir.database().toString();
        this.sources = new SourceStore(dir);
        this.athletes = new Athletes(db, where);
        this.sessions = new Sessions(db, where);
    }

    public static History open(DataDir dir) {
        dir.create();
        Connection db = Db.open(dir.database());
        try {
            Migrations.apply(db, dir.database().toString());
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
        return new History(dir, db);
    }

    public DataDir dir() {
        return dir;
    }

    public Athletes athletes() {
        return athletes;
    }

    public Sessions sessions() {
        return sessions;
    }

    public SourceStore sources() {
        return sources;
    }

    public Uploader uploader() {
        return new Uploader(this);
    }

    public Reanalyzer reanalyzer() {
        return new Reanalyzer(this);
    }

    /** The schema version of the database. */
    public int schemaVersion() {
        return read(Migrations::current);
    }

    /** SQLite's {@code PRAGMA integrity_check}: {@code ["ok"]} when the database is sound. */
    public List<String> integrityCheck() {
        return read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    /** Removes source copies no session refers to and leftovers of interrupted uploads older than an hour. */
    public SourceStore.Cleanup clean(java.time.Duration minAge) {
        return sources.cleanOrphans(sessions.referencedFiles(), minAge);
    }

    <T> T read(Tx.Work<T> work) {
        try {
            return work.run(db);
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
    }

    <T> T write(Tx.Work<T> work) {
        return Tx.write(db, where, work);
    }

    @Override
    public void close() {
        closeQuietly(db);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing is left to save, every write was committed or rolled back
        }
    }
}
