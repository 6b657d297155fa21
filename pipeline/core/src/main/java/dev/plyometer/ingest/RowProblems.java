package dev.plyometer.ingest;

/** The words of a skipped-row warning, shared by both readers so that they say the same thing. */
final class RowProblems {
    private RowProblems() {
    }

    /** Cells are quoted in messages up to this many characters. */
    private static final int MAX_SHOWN = 40;

    static String missingValues(int needed, int found) {
        return "expected " + needed + " values, found " + found;
    }

    static String badNumber(ColumnName column, String text) {
        String what = isNonFiniteNumber(text) ? "a finite number" : "a number";
        return "column " + column.quoted() + ": expected " + what + ", found " + shown(text);
    }

    static String badTime(ColumnName column, TimeEncoding encoding, String text) {
        return "column " + column.quoted() + ": expected a time (" + encoding.label() + "), found " + shown(text);
    }

    static String shown(String text) {
        String s = text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
        return '"' + s.replace("\"", "\\\"") + '"';
    }

    private static boolean isNonFiniteNumber(String text) {
        try {
            return !Double.isFinite(Double.parseDouble(text.replace(',', '.')));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
