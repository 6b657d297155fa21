package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line into values, honouring {@code "quotes"} and {@code ""} escapes like Commons CSV does. Used only to
 * sniff the header and the first rows; the readers tokenise on their own.
 */
final class LineSplitter {
    private LineSplitter() {
    }

    static List<String> split(String line, char delimiter) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            value.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c != '"') {
                        value.append(c);
                    } else if (i < n && line.charAt(i) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
            }
            while (i < n && line.charAt(i) != delimiter) {
                value.append(line.charAt(i++));
            }
            values.add(value.toString());
            if (i >= n) {
                return values;
            }
            i++;
        }
    }

    /** How many delimiters the line holds outside quotes. */
    static int count(String line, char delimiter) {
        return split(line, delimiter).size() - 1;
    }
}
