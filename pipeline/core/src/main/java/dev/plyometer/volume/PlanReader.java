package dev.plyometer.volume;

import dev.plyometer.ingest.ImportException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan file: CSV with the header {@code set,exercise,stance}, one row per set in order, {@code #} comments.
 * The stance column may be left empty (or left out) to use the exercise's usual stance.
 * <pre>
 * # plyometer plan: one row per set, in order
 * set,exercise,stance
 * 1,rope-skip,two-foot
 * 2,single-leg-hop,single-leg
 * </pre>
 */
public final class PlanReader {
    private PlanReader() {
    }

    /** The plan beside an export, {@code NAME.plan.csv} for {@code NAME.csv}, or {@code null} when there is none. */
    public static Path besideExport(Path export) {
        String name = export.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path candidate = export.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".plan.csv");
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    public static Plan read(Path path) {
        String name = path.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("set") || !header.contains("exercise")) {
                throw new ImportException(name, 0, "expected a plan header \"set,exercise,stance\", found \""
                        + String.join(",", header) + "\"");
            }
            List<Plan.PlanSet> sets = new ArrayList<>();
            for (CSVRecord row : parser) {
                sets.add(row(name, row, header.contains("stance")));
            }
            if (sets.isEmpty()) {
                throw new ImportException(name, 0, "the plan has no sets: expected one row per set after the header");
            }
            return new Plan(name, sets);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ImportException(name, 0, "cannot read the plan: " + e.getMessage(), e);
        }
    }

    private static Plan.PlanSet row(String name, CSVRecord row, boolean hasStance) {
        long line = row.getParser().getCurrentLineNumber();
        try {
            int set = Integer.parseInt(row.get("set"));
            if (set < 1) {
                throw new IllegalArgumentException("set numbers start at 1, found " + set);
            }
            Exercise exercise = Exercise.parse(row.get("exercise"));
            String stanceText = hasStance && row.isSet("stance") ? row.get("stance") : "";
            Stance stance = stanceText.isBlank() ? exercise.usualStance() : Stance.parse(stanceText);
            return new Plan.PlanSet(set, exercise, stance);
        } catch (NumberFormatException e) {
            throw new ImportException(name, line, "column \"set\": expected a set number, found \"" + row.get("set") + "\"");
        } catch (IllegalArgumentException e) {
            throw new ImportException(name, line, e.getMessage());
        }
    }
}
