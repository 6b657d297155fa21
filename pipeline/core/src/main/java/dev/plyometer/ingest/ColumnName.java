package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One header name taken apart: {@code "Acceleration x (m/s^2)"} becomes key {@code accelerationx} and unit
 * {@code m/s^2}; {@code "time_ms"} becomes key {@code time} and unit {@code ms}.
 *
 * @param index 0-based column index
 * @param raw   the name as written (quotes and BOM removed), for messages
 * @param key   lower-case letters and digits only, units removed
 * @param unit  the unit written in brackets, parentheses or as a trailing {@code _unit} word; {@code null} if none
 */
record ColumnName(int index, String raw, String key, String unit) {

    /** Trailing words read as a unit when written like {@code x_g} or {@code time_ms}. */
    private static final Set<String> UNIT_WORDS =
            Set.of("g", "mg", "ms2", "mps2", "s", "sec", "secs", "ms", "us", "ns");

    static ColumnName of(int index, String written) {
        String raw = written.replace("\uFEFF", "").strip();
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            raw = raw.substring(1, raw.length() - 1).strip();
        }
        StringBuilder rest = new StringBuilder(raw.length());
        String unit = null;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            char close = c == '(' ? ')' : c == '[' ? ']' : 0;
            int end = close == 0 ? -1 : raw.indexOf(close, i + 1);
            if (end > 0) {
                unit = raw.substring(i + 1, end).strip();
                i = end + 1;
            } else {
                rest.append(c);
                i++;
            }
        }
        List<String> words = new ArrayList<>(List.of(rest.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        words.removeIf(String::isEmpty);
        if (unit == null && words.size() > 1 && UNIT_WORDS.contains(words.get(words.size() - 1))) {
            unit = words.remove(words.size() - 1);
        }
        return new ColumnName(index, raw, String.join("", words), unit);
    }

    /** The name for messages, quoted. */
    String quoted() {
        return '"' + raw + '"';
    }
}
