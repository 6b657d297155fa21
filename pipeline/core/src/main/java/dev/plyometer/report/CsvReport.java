package dev.plyometer.report;

import dev.plyometer.metrics.Jump;
import dev.plyometer.volume.SetSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The landings and the sets of a session as CSV for spreadsheets: RFC 4180 (comma, CRLF line ends, quotes only where
 * a value needs them), a header row, the JSON contract's field names in its order after a first {@code file} column,
 * numbers rounded like the JSON with a dot as decimal separator, an empty cell for {@code null}, and flags joined
 * with {@value #FLAG_SEPARATOR}.
 */
public final class CsvReport {
    public static final String FLAG_SEPARATOR = ";";
    public static final List<String> JUMP_COLUMNS = List.of("file", "n", "takeoffS", "touchdownS", "flightTimeS",
            "heightM", "peakG", "timeToPeakS", "rfdBwPerS", "rfdNPerS", "rfdSamplingErrorPct", "maxSlopeBwPerS",
            "feet", "set", "exercise", "intensity", "flags");
    public static final List<String> SET_COLUMNS = List.of("file", "set", "startS", "endS", "durationS", "jumps",
            "contacts", "restBeforeS", "exercise", "stance", "intensity", "flags");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvReport() {
    }

    public static String jumps(SessionReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Jump j : r.jumps()) {
            rows.add(List.of(r.source().file(), j.n(), num(j.takeoffS()), num(j.touchdownS()), num(j.flightTimeS()),
                    num(j.heightM()), num(j.peakG()), num(j.timeToPeakS()), num(j.rfdBwPerS()), num(j.rfdNPerS()),
                    num(j.rfdSamplingErrorPct()), num(j.maxSlopeBwPerS()), j.feet(), j.set(), j.exercise(),
                    j.intensity(), String.join(FLAG_SEPARATOR, j.flags())));
        }
        return print(JUMP_COLUMNS, rows);
    }

    public static String sets(SessionReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (SetSummary s : r.sets()) {
            rows.add(List.of(r.source().file(), s.set(), num(s.startS()), num(s.endS()), num(s.durationS()), s.jumps(),
                    s.contacts(), num(s.restBeforeS()), s.exercise(), s.stance(), s.intensity(),
                    String.join(FLAG_SEPARATOR, s.flags())));
        }
        return print(SET_COLUMNS, rows);
    }

    private static String print(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder(256 + rows.size() * 128);
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Rounded to {@link Json#DECIMALS} decimals, plain, as the JSON writes it; {@code null} and NaN as empty. */
    static String num(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? "" : Json.plain(value);
    }
}
