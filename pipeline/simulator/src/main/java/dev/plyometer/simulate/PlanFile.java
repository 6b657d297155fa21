package dev.plyometer.simulate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The session plan an athlete or coach would write: one row per set, in order, naming exercise and stance. Written for
 * mixed sessions with more than one stance, since no single sensor tells single-leg from two-foot landings.
 * <pre>
 * # plyometer plan: one row per set, in order
 * set,exercise,stance
 * 1,rope-skip,two-foot
 * </pre>
 */
final class PlanFile {
    static final String HEADER_COMMENT = "# plyometer plan: one row per set, in order";

    private PlanFile() {
    }

    static void write(List<SetMarker> sets, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER_COMMENT + "\n");
            w.write("set,exercise,stance\n");
            for (SetMarker s : sets) {
                w.write(s.set() + "," + s.exercise().label() + "," + s.exercise().usualStance().label() + "\n");
            }
        }
    }
}
