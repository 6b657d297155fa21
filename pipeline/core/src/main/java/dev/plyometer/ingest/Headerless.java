package dev.plyometer.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Column mappings for data without a column header, where the dialect says what each column holds. */
final class Headerless {
    private Headerless() {
    }

    private static final String[] AXES = {"x", "y", "z"};

    /**
     * @param timeIndex the time column, or -1 for none
     * @param firstAxis the x column; y and z follow it
     * @param values    values in a row; the rest are ignored
     * @param extra     names for the columns after z, as the dialect documents them (may be shorter than needed)
     */
    static ColumnMapping columns(int timeIndex, int firstAxis, int values, String... extra) {
        ColumnName time = timeIndex < 0 ? null : name(timeIndex, "time");
        List<ColumnName> axes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            axes.add(name(firstAxis + i, AXES[i]));
        }
        List<ColumnName> ignored = new ArrayList<>();
        for (int i = 0; i < values; i++) {
            if (i != timeIndex && (i < firstAxis || i > firstAxis + 2)) {
                int k = i - firstAxis - 3;
                ignored.add(name(i, k >= 0 && k < extra.length ? extra[k] : null));
            }
        }
        return new ColumnMapping(time, null, axes, null, null, false, ignored);
    }

    /** {@code x (column 2)}: what messages and reports call a column the file does not name. */
    private static ColumnName name(int index, String role) {
        String raw = role == null ? "column " + (index + 1) : role + " (column " + (index + 1) + ")";
        return new ColumnName(index, raw, role == null ? "column" + (index + 1) : role, null);
    }

    static boolean fits(TimePattern pattern, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        return pattern.parse(b, 0, b.length) != DecimalBytes.NOT_FAST;
    }
}
