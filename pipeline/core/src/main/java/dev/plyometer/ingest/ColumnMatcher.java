package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the time column and the three acceleration axes among header names. Generous about spelling
 * ({@code ax}, {@code acc_x}, {@code Acceleration x (m/s^2)}, {@code gFx}, {@code X [mg]}, {@code x-axis (g)}, …)
 * but unambiguous: when two complete sets of axes are equally good, it refuses rather than guesses.
 */
final class ColumnMatcher {
    private ColumnMatcher() {
    }

    /** What an axis name says about itself; a better kind wins when a header has several sets of axes. */
    private enum Kind {
        GRAVITY_REMOVED, PLAIN, ACCELERATION
    }

    private static final Map<String, Kind> AXIS_PREFIXES = Map.ofEntries(
            Map.entry("", Kind.PLAIN),
            Map.entry("a", Kind.ACCELERATION),
            Map.entry("acc", Kind.ACCELERATION),
            Map.entry("accl", Kind.ACCELERATION),
            Map.entry("accel", Kind.ACCELERATION),
            Map.entry("acceleration", Kind.ACCELERATION),
            Map.entry("accelerometer", Kind.ACCELERATION),
            Map.entry("accelerometeracceleration", Kind.ACCELERATION),
            Map.entry("totalacceleration", Kind.ACCELERATION),
            Map.entry("gf", Kind.ACCELERATION),
            Map.entry("linearacceleration", Kind.GRAVITY_REMOVED),
            Map.entry("linearaccel", Kind.GRAVITY_REMOVED),
            Map.entry("linacc", Kind.GRAVITY_REMOVED),
            Map.entry("useracceleration", Kind.GRAVITY_REMOVED),
            Map.entry("motionuseracceleration", Kind.GRAVITY_REMOVED));

    private static final Map<String, Kind> AXIS_SUFFIXES = Map.of(
            "", Kind.PLAIN,
            "axis", Kind.PLAIN,
            "acc", Kind.ACCELERATION,
            "accel", Kind.ACCELERATION,
            "acceleration", Kind.ACCELERATION);

    /**
     * Time column names and how strongly each suggests an absolute clock (3) over a relative one (1): when a header
     * has both {@code time} and {@code seconds_elapsed}, the absolute one wins.
     */
    private static final Map<String, Integer> TIME_RANKS = Map.ofEntries(
            Map.entry("epoch", 3), Map.entry("epoc", 3), Map.entry("epochtime", 3), Map.entry("epochms", 3),
            Map.entry("unixtime", 3), Map.entry("unixtimestamp", 3), Map.entry("unixtimems", 3),
            Map.entry("utc", 3), Map.entry("utctime", 3), Map.entry("timestamputc", 3),
            Map.entry("datetime", 3), Map.entry("loggingtime", 3),
            Map.entry("timestamp", 2), Map.entry("time", 2), Map.entry("t", 2), Map.entry("phonetimestamp", 2),
            Map.entry("timestampms", 2), Map.entry("timems", 2), Map.entry("timeus", 2), Map.entry("timens", 2),
            Map.entry("secondselapsed", 1), Map.entry("elapsed", 1), Map.entry("elapsedtime", 1),
            Map.entry("timeelapsed", 1), Map.entry("elapsedseconds", 1), Map.entry("sensortimestamp", 1),
            Map.entry("relativetime", 1), Map.entry("timesincestart", 1));

    /** Time units implied by the name itself, as nanoseconds-per-unit powers of ten. */
    private static final Map<String, Integer> TIME_NAME_SCALES = Map.of(
            "epochms", 6, "unixtimems", 6, "timestampms", 6, "timems", 6, "timeus", 3, "timens", 0,
            "secondselapsed", 9, "elapsedseconds", 9);

    /** Names the error message offers as examples. */
    static final String EXPECTED_NAMES = "a time column (timestamp, time, epoch, datetime, seconds_elapsed, …) and three "
            + "axes (x/y/z, ax/ay/az, acc_x, accel_x, x-axis (g), Acceleration x (m/s^2), gFx, X [mg], …)";

    private record Axis(ColumnName column, int axis, Kind kind, String family, Units units) {
    }

    /**
     * @return the mapping, or {@code null} when the names hold no complete set of x, y, z axes
     * @throws ImportException when two sets of axes are equally likely
     */
    static ColumnMapping match(List<ColumnName> columns, String file, long line) {
        Map<String, List<Axis>> families = new LinkedHashMap<>();
        for (ColumnName c : columns) {
            Axis a = axis(c);
            if (a != null) {
                families.computeIfAbsent(a.family, k -> new ArrayList<>()).add(a);
            }
        }
        List<Axis> best = null;
        Kind bestKind = null;
        List<String> ties = new ArrayList<>();
        for (List<Axis> family : families.values()) {
            if (!complete(family)) {
                continue;
            }
            Kind kind = family.get(0).kind;
            if (bestKind == null || kind.compareTo(bestKind) > 0) {
                best = family;
                bestKind = kind;
                ties.clear();
            } else if (kind == bestKind) {
                ties.add(names(family));
            }
        }
        if (best == null) {
            return null;
        }
        if (!ties.isEmpty() || best.size() != 3) {
            ties.add(0, names(best));
            throw new ImportException(file, line, "columns " + String.join(" and ", ties)
                    + " all look like acceleration axes; expected exactly one column each for x, y and z");
        }
        Axis[] xyz = new Axis[3];
        for (Axis a : best) {
            xyz[a.axis] = a;
        }
        ColumnName time = timeColumn(columns, best);
        List<ColumnName> ignored = new ArrayList<>();
        for (ColumnName c : columns) {
            if (c != time && best.stream().noneMatch(a -> a.column == c)) {
                ignored.add(c);
            }
        }
        Units units = xyz[0].units;
        String evidence = null;
        if (units != null) {
            evidence = "header " + xyz[0].column.quoted();
        } else if (xyz[0].column.key().startsWith("gf")) {
            units = Units.G;
            evidence = "header " + xyz[0].column.quoted() + " (g-force)";
        }
        return new ColumnMapping(time, time == null ? null : timeScale(time),
                List.of(xyz[0].column, xyz[1].column, xyz[2].column), units, evidence,
                bestKind == Kind.GRAVITY_REMOVED, ignored);
    }

    private static boolean complete(List<Axis> family) {
        boolean[] seen = new boolean[3];
        for (Axis a : family) {
            seen[a.axis] = true;
        }
        return seen[0] && seen[1] && seen[2];
    }

    private static String names(List<Axis> family) {
        StringBuilder s = new StringBuilder();
        for (Axis a : family) {
            s.append(s.length() == 0 ? "" : ", ").append(a.column.quoted());
        }
        return s.toString();
    }

    /** Reads {@code <prefix><x|y|z><suffix>} with a known prefix and suffix and an acceleration unit (or none). */
    private static Axis axis(ColumnName c) {
        Units units = Units.parse(c.unit());
        if (c.unit() != null && units == null) {
            return null; // deg/s, uT, lux, (number): a column with x/y/z in its name that is not acceleration
        }
        String key = c.key();
        for (int axis = 0; axis < 3; axis++) {
            char letter = (char) ('x' + axis);
            for (int at = key.indexOf(letter); at >= 0; at = key.indexOf(letter, at + 1)) {
                Kind prefix = AXIS_PREFIXES.get(key.substring(0, at));
                Kind suffix = AXIS_SUFFIXES.get(key.substring(at + 1));
                if (prefix != null && suffix != null) {
                    Kind kind = prefix == Kind.GRAVITY_REMOVED || suffix == Kind.GRAVITY_REMOVED ? Kind.GRAVITY_REMOVED
                            : prefix == Kind.ACCELERATION || suffix == Kind.ACCELERATION ? Kind.ACCELERATION
                            : Kind.PLAIN;
                    String family = key.substring(0, at) + '*' + key.substring(at + 1) + '|'
                            + (units == null ? "" : units.label);
                    return new Axis(c, axis, kind, family, units);
                }
            }
        }
        return null;
    }

    private static ColumnName timeColumn(List<ColumnName> columns, List<Axis> axes) {
        ColumnName best = null;
        int bestRank = 0;
        for (ColumnName c : columns) {
            if (axes.stream().anyMatch(a -> a.column == c)) {
                continue;
            }
            int rank = TIME_RANKS.getOrDefault(c.key(), c.key().endsWith("sincereboot") ? 1 : 0);
            if (rank > bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return best;
    }

    static Integer timeScale(ColumnName time) {
        Integer fromUnit = TimeEncoding.unitScale(time.unit());
        return fromUnit != null ? fromUnit : TIME_NAME_SCALES.get(time.key());
    }
}
