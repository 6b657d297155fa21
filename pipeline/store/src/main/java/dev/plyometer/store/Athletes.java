package dev.plyometer.store;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The athletes in the history. */
public final class Athletes {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._'-]{0,63}");
    private static final String COLUMNS = "id, name, level, count_unit, body_mass_kg, time_zone, strength_start, "
            + "sessions_per_week";

    private final Connection db;
    private final String where;

    Athletes(Connection db, String where) {
        this.db = db;
        this.where = where;
    }

    /** A new athlete, and whether this call created it. */
    public record Ensured(Athlete athlete, boolean created) {
    }

    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("athlete name \"" + name + "\": expected 1 to 64 letters, digits, "
                    + "spaces or . _ ' -, starting with a letter or digit");
        }
        return n;
    }

    public Optional<Athlete> find(String name) {
        try (PreparedStatement p = db.prepareStatement("SELECT " + COLUMNS + " FROM athletes WHERE name = ?")) {
            p.setString(1, name.strip());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(read(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
    }

    public Athlete require(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("no athlete named \"" + name.strip()
                + "\" in the history; plyometer athlete list shows who is there"));
    }

    Athlete byId(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM athletes WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new NotFoundException("no athlete with id " + id);
                }
                return read(r);
            }
        }
    }

    public List<Athlete> list() {
        try (PreparedStatement p = db.prepareStatement("SELECT " + COLUMNS + " FROM athletes ORDER BY name, id");
             ResultSet r = p.executeQuery()) {
            List<Athlete> out = new ArrayList<>();
            while (r.next()) {
                out.add(read(r));
            }
            return out;
        } catch (SQLException e) {
            throw Tx.failure(where, e);
        }
    }

    /** Adds an athlete; the name must be new. Missing settings get defaults: beginner, foot contacts, the zone. */
    public Athlete add(String name, AthleteFields fields, ZoneId defaultZone) {
        Ensured e = ensure(name, fields, defaultZone);
        if (!e.created()) {
            throw new IllegalArgumentException("athlete \"" + e.athlete().name() + "\" is already in the history; "
                    + "plyometer athlete set changes their settings");
        }
        return e.athlete();
    }

    /** The athlete named {@code name}, created with {@code fields} (and defaults) if there is none yet. */
    public Ensured ensure(String name, AthleteFields fields, ZoneId defaultZone) {
        String n = checkName(name);
        return Tx.write(db, where, c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO athletes (name, level, count_unit, "
                    + "body_mass_kg, time_zone, strength_start, sessions_per_week, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                p.setString(1, n);
                p.setString(2, (fields.level() == null ? Level.BEGINNER : fields.level()).label());
                p.setString(3, (fields.unit() == null ? CountUnit.FOOT_CONTACTS : fields.unit()).label());
                setDouble(p, 4, fields.bodyMassKg());
                p.setString(5, (fields.zone() == null ? defaultZone : fields.zone()).getId());
                p.setString(6, fields.strengthStart() == null ? null : fields.strengthStart().toString());
                setInt(p, 7, fields.sessionsPerWeek());
                p.setString(8, Instant.now().toString());
                boolean created = p.executeUpdate() == 1;
                try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM athletes WHERE name = ?")) {
                    q.setString(1, n);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        return new Ensured(read(r), created);
                    }
                }
            }
        });
    }

    /** Changes the given settings of an existing athlete; returns the athlete as changed. */
    public Athlete update(String name, AthleteFields f) {
        Athlete a = require(name);
        return Tx.write(db, where, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE athletes SET level = ?, count_unit = ?, "
                    + "body_mass_kg = ?, time_zone = ?, strength_start = ?, sessions_per_week = ? WHERE id = ?")) {
                p.setString(1, (f.level() != null ? f.level() : a.level()).label());
                p.setString(2, (f.unit() != null ? f.unit() : a.unit()).label());
                setDouble(p, 3, f.bodyMassKg() != null ? f.bodyMassKg() : a.bodyMassKg());
                p.setString(4, (f.zone() != null ? f.zone() : a.zone()).getId());
                LocalDate start = f.strengthStart() != null ? f.strengthStart() : a.strengthStart();
                p.setString(5, start == null ? null : start.toString());
                setInt(p, 6, f.sessionsPerWeek() != null ? f.sessionsPerWeek() : a.sessionsPerWeek());
                p.setLong(7, a.id());
                p.executeUpdate();
            }
            return byId(c, a.id());
        });
    }

    private static Athlete read(ResultSet r) throws SQLException {
        double mass = r.getDouble(5);
        Double massKg = r.wasNull() ? null : mass;
        String start = r.getString(7);
        int perWeek = r.getInt(8);
        Integer sessions = r.wasNull() ? null : perWeek;
        return new Athlete(r.getLong(1), r.getString(2), Level.parse(r.getString(3)), CountUnit.parse(r.getString(4)),
                massKg, ZoneId.of(r.getString(6)), start == null ? null : LocalDate.parse(start), sessions);
    }

    static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.REAL);
        } else {
            p.setDouble(i, v);
        }
    }

    static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }
}
