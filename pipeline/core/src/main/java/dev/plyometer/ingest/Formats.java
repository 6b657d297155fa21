package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The format names {@code --format} accepts: every name an importer reports in {@link SourceInfo#format()}.
 * Readers of other families add their names to {@link #known()}.
 */
public final class Formats {
    private Formats() {
    }

    /** Every format name, in a stable order. */
    public static List<String> known() {
        List<String> names = new ArrayList<>(CsvDialect.labels());
        return List.copyOf(names);
    }

    /**
     * @return {@code name} when it is known
     * @throws IllegalArgumentException naming the known formats otherwise
     */
    public static String require(String name) {
        if (!known().contains(name)) {
            throw new IllegalArgumentException("unknown format \"" + name + "\"; expected one of: "
                    + String.join(", ", known()));
        }
        return name;
    }
}
