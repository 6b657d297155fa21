package dev.plyometer.ingest;

import java.util.List;

/**
 * Which header columns hold time and x, y, z.
 *
 * @param time           the time column, or {@code null} when the file has none (time then comes from a sample rate)
 * @param timeUnitScale  nanoseconds per time unit as a power of ten (9 for seconds, 6 for ms, 3 for µs, 0 for ns)
 *                       when the header says so, else {@code null}
 * @param axes           the x, y and z columns, in that order
 * @param units          the acceleration units the header states, or {@code null} when it states none
 * @param unitsEvidence  the header name that states the units, for {@link SourceInfo#unitsEvidence()}
 * @param gravityRemoved true when the axis names say linear or user acceleration (gravity subtracted)
 * @param ignored        the other columns
 */
record ColumnMapping(
        ColumnName time,
        Integer timeUnitScale,
        List<ColumnName> axes,
        Units units,
        String unitsEvidence,
        boolean gravityRemoved,
        List<ColumnName> ignored) {

    ColumnMapping {
        axes = List.copyOf(axes);
        ignored = List.copyOf(ignored);
    }

    /** How many values a row needs so that every used column is present. */
    int valuesNeeded() {
        int max = time == null ? -1 : time.index();
        for (ColumnName a : axes) {
            max = Math.max(max, a.index());
        }
        return max + 1;
    }

    /**
     * The role of each column up to {@link #valuesNeeded()}: {@link #TIME}, {@link #X}, {@link #Y}, {@link #Z} or
     * {@link #IGNORED}. Readers walk a row left to right and look each column up here.
     */
    int[] roles() {
        int[] roles = new int[valuesNeeded()];
        java.util.Arrays.fill(roles, IGNORED);
        if (time != null) {
            roles[time.index()] = TIME;
        }
        for (int axis = 0; axis < 3; axis++) {
            roles[axes.get(axis).index()] = X + axis;
        }
        return roles;
    }

    /** The name of the column with the given role, for messages. */
    ColumnName column(int role) {
        return role == TIME ? time : axes.get(role - X);
    }

    static final int IGNORED = -1;
    static final int TIME = 0;
    static final int X = 1;
    static final int Y = 2;
    static final int Z = 3;
}
