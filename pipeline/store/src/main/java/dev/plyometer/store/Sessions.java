package dev.plyometer.store;

import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.volume.SetSummary;
import dev.plyometer.weekly.SetBreakdown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sessions in the history. */
public final class Sessions {
    private static final String COLUMNS = "s.id, a.name, s.source_sha256, s.source_name, s.source_bytes, "
            + "s.plan_sha256, s.plan_name, s.start_ms, s.start_given, s.duration_s, s.contacts, s.landings, s.counted, "
            + "s.status, s.level, s.count_unit, s.tool, s.uploaded_at, s.analysed_at";
    private static final String FROM = " FROM sessions s JOIN athletes a ON a.id = s.athlete_id ";

    private final Connection db;
    private final String where;

    Sessions(Connection db, String where) {
        this.db = db;
        this.where = where;
    }

    /** The athlete's sessions in time order, without their reports. */
    public List<StoredSession> list(Athlete athlete) {
        return query("WHERE s.athlete_id = ? ORDER BY s.start_ms, s.id", false, athlete.id());
    }

    /** The athlete's sessions that start in [from, to), in time order, without their reports. */
    public List<StoredSession> between(Athlete athlete, Instant from, Instant to) {
        return query("WHERE s.athlete_id = ? AND s.start_ms >= ? AND s.start_ms < ? ORDER BY s.start_ms, s.id", false,
                athlete.id(), from.toEpochMilli(), to.toEpochMilli());
    }

    /** The athlete's most recent session. */
    public Optional<StoredSession> last(Athlete athlete) {
        List<StoredSession> last = query("WHERE s.athlete_id = ? ORDER BY s.start_ms DESC, s.id DESC LIMIT 1", false,
                athlete.id());
        return last.stream().findFirst();
    }

    /** The session with its report. */
    public Optional<StoredSession> find(long id) {
        return query("WHERE s.id = ?", true, id).stream().findFirst();
    }

    public StoredSession require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no session " + id
                + " in the history; plyometer sessions list --athlete NAME shows the sessions"));
    }

    /** Every session, with reports, in id order (for reanalyze). */
    public List<Long> ids(Athlete athleteOrNull) {
        List<Long> out = new ArrayList<>();
        String sql = athleteOrNull == null ? "SELECT id FROM sessions ORDER BY id"
                : "SELECT id FROM sessions WHERE athlete_id = ? ORDER BY id";
        try (PreparedStatement p = db.prepareStatement(sql)) {
            if (athleteOrNull != null) {
                p.setLong(1, athleteOrNull.id());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
        return out;
    }

    /** The session of this athlete with these bytes, if any. */
    Optional<StoredSession> withSource(Connection c, long athleteId, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + FROM
                + "WHERE s.athlete_id = ? AND s.source_sha256 = ?")) {
            p.setLong(1, athleteId);
            p.setString(2, sha256);
            List<StoredSession> found = read(c, p, false);
            return found.stream().findFirst();
        }
    }

    /** Every SHA-256 a session refers to (its export and its plan). */
    public Set<String> referencedFiles() {
        Set<String> out = new HashSet<>();
        try (PreparedStatement p = db.prepareStatement("SELECT source_sha256, plan_sha256 FROM sessions");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
                if (r.getString(2) != null) {
                    out.add(r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
        return out;
    }

    /** Deletes a session and its sets in one transaction; returns it as it was. */
    public StoredSession delete(long id) {
        StoredSession s = require(id);
        Tx.write(db, where, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate();
            }
        });
        return s;
    }

    /** Inserts a session and its sets; call inside a transaction. */
    long insert(Connection c, long athleteId, NewSession n) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sessions (athlete_id, source_sha256, source_name, "
                + "source_bytes, plan_sha256, plan_name, start_ms, start_given, duration_s, contacts, landings, counted,"
                + " status, level, count_unit, thresholds_json, options_json, report_json, tool, uploaded_at, "
                + "analysed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            SessionReport r = n.report();
            String now = Instant.now().toString();
            p.setLong(1, athleteId);
            p.setString(2, n.sha256());
            p.setString(3, n.sourceName());
            p.setLong(4, n.sourceBytes());
            p.setString(5, n.planSha256());
            p.setString(6, n.planName());
            p.setLong(7, n.start().toEpochMilli());
            p.setInt(8, n.startGiven() ? 1 : 0);
            p.setDouble(9, r.source().durationS());
            p.setInt(10, r.volume().footContacts());
            p.setInt(11, r.volume().landings());
            p.setInt(12, r.volume().counted());
            p.setString(13, r.volume().status());
            p.setString(14, r.volume().level());
            p.setString(15, r.volume().unit());
            p.setString(16, Json.line(r.config()));
            p.setString(17, Json.line(n.options()));
            p.setString(18, Json.line(r));
            p.setString(19, r.tool());
            p.setString(20, now);
            p.setString(21, now);
            try (ResultSet keys = p.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Uploader.testPause();
        insertSets(c, id, n.report());
        return id;
    }

    /** Replaces a session's analysis (columns, report and sets); call inside a transaction. */
    void replaceAnalysis(Connection c, long id, SessionReport r, Instant start) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE sessions SET start_ms = ?, duration_s = ?, contacts = ?, "
                + "landings = ?, counted = ?, status = ?, level = ?, count_unit = ?, thresholds_json = ?, "
                + "report_json = ?, tool = ?, analysed_at = ? WHERE id = ?")) {
            p.setLong(1, start.toEpochMilli());
            p.setDouble(2, r.source().durationS());
            p.setInt(3, r.volume().footContacts());
            p.setInt(4, r.volume().landings());
            p.setInt(5, r.volume().counted());
            p.setString(6, r.volume().status());
            p.setString(7, r.volume().level());
            p.setString(8, r.volume().unit());
            p.setString(9, Json.line(r.config()));
            p.setString(10, Json.line(r));
            p.setString(11, r.tool());
            p.setString(12, Instant.now().toString());
            p.setLong(13, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM session_sets WHERE session_id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
        insertSets(c, id, r);
    }

    /** The stored options and thresholds of a session, as JSON. */
    String column(long id, String column) {
        try (PreparedStatement p = db.prepareStatement("SELECT " + column + " FROM sessions WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
    }

    private static void insertSets(Connection c, long id, SessionReport r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO session_sets (session_id, set_no, exercise, stance, "
                + "intensity, jumps, contacts, rest_before_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SetSummary s : r.sets()) {
                p.setLong(1, id);
                p.setInt(2, s.set());
                p.setString(3, s.exercise());
                p.setString(4, s.stance());
                p.setString(5, s.intensity());
                p.setInt(6, s.jumps());
                p.setInt(7, s.contacts());
                Athletes.setDouble(p, 8, s.restBeforeS());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private List<StoredSession> query(String condition, boolean withReport, Object... args) {
        String columns = withReport ? COLUMNS + ", s.report_json" : COLUMNS;
        try (PreparedStatement p = db.prepareStatement("SELECT " + columns + FROM + condition)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            return read(db, p, withReport);
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
    }

    private static List<StoredSession> read(Connection c, PreparedStatement p, boolean withReport)
            throws SQLException {
        List<StoredSession> bare = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                bare.add(new StoredSession(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                        r.getString(6), r.getString(7), Instant.ofEpochMilli(r.getLong(8)), r.getInt(9) == 1,
                        r.getDouble(10), r.getInt(11), r.getInt(12), r.getInt(13), r.getString(14), r.getString(15),
                        r.getString(16), r.getString(17), r.getString(18), r.getString(19), List.of(),
                        withReport ? r.getString(20) : null));
            }
        }
        Map<Long, List<SetBreakdown>> sets = sets(c, bare.stream().map(StoredSession::id).toList());
        return bare.stream().map(s -> s.withSets(sets.getOrDefault(s.id(), List.of()))).toList();
    }

    private static Map<Long, List<SetBreakdown>> sets(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<SetBreakdown>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT session_id, set_no, exercise, intensity, jumps, contacts "
                + "FROM session_sets WHERE session_id = ? ORDER BY set_no")) {
            for (long id : ids) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    List<SetBreakdown> list = new ArrayList<>();
                    while (r.next()) {
                        list.add(new SetBreakdown(r.getInt(2), r.getString(3), r.getString(4), r.getInt(5),
                                r.getInt(6)));
                    }
                    out.put(id, list);
                }
            }
        }
        return out;
    }
}
