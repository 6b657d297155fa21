package dev.plyometer.report;

import dev.plyometer.metrics.Jump;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.testing.Repo;
import dev.plyometer.volume.SetSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTest {
    private static final String HOSTILE = "séance \"A\", 1; <b>&</b>\nline two.csv";

    private static SessionReport analyse(String name, String displayName) {
        Path file = Repo.fixtures().resolve("sessions").resolve(name + ".csv");
        return new SessionAnalyzer(AnalysisOptions.DEFAULTS.withPlan(file.resolveSibling(name + ".plan.csv")))
                .analyze(file, displayName);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    void writesAHeaderAndOneRowPerLandingThatReadBackExactly() throws IOException {
        SessionReport r = analyse("short-rests-single-leg-waist-100hz", HOSTILE);
        List<CSVRecord> rows = parse(CsvReport.jumps(r));
        assertThat(rows.get(0).toList()).isEqualTo(CsvReport.JUMP_COLUMNS);
        assertThat(rows).hasSize(r.jumps().size() + 1);
        for (int i = 0; i < r.jumps().size(); i++) {
            Jump j = r.jumps().get(i);
            CSVRecord row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(HOSTILE);
            assertThat(Integer.parseInt(row.get(1))).isEqualTo(j.n());
            assertThat(Double.parseDouble(row.get(2))).isEqualTo(Json.round(j.takeoffS()));
            assertThat(Double.parseDouble(row.get(6))).isEqualTo(Json.round(j.peakG()));
            if (j.rfdBwPerS() == null) {
                assertThat(row.get(8)).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get(8))).isEqualTo(Json.round(j.rfdBwPerS()));
            }
            assertThat(row.get(9)).isEmpty(); // no body mass, no N/s
            assertThat(row.get(16)).isEqualTo(String.join(";", j.flags()));
        }
    }

    @Test
    void writesOneRowPerSetWithAnEmptyRestBeforeTheFirst() throws IOException {
        SessionReport r = analyse("short-rests-single-leg-waist-100hz", "s.csv");
        List<CSVRecord> rows = parse(CsvReport.sets(r));
        assertThat(rows.get(0).toList()).isEqualTo(CsvReport.SET_COLUMNS);
        assertThat(rows).hasSize(r.sets().size() + 1);
        int rest = CsvReport.SET_COLUMNS.indexOf("restBeforeS");
        assertThat(rows.get(1).get(rest)).isEmpty();
        SetSummary second = r.sets().get(1);
        assertThat(Double.parseDouble(rows.get(2).get(rest))).isEqualTo(Json.round(second.restBeforeS()));
        assertThat(rows.get(2).get(CsvReport.SET_COLUMNS.indexOf("flags"))).isEqualTo("short-rest");
    }

    @Test
    void followsRfc4180QuotingAndLineEnds() {
        String csv = CsvReport.sets(analyse("short-rests-single-leg-waist-100hz", HOSTILE));
        assertThat(csv).startsWith("file,set,startS,").contains("\r\n")
                .contains("\"séance \"\"A\"\", 1; <b>&</b>\nline two.csv\",1,");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void usesADecimalPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String csv = CsvReport.jumps(analyse("squat-jumps-waist-100hz", "s.csv"));
            assertThat(csv.lines().skip(1).findFirst().orElseThrow()).matches("s\\.csv,1,\\d+\\.\\d+,.*");
        } finally {
            Locale.setDefault(before);
        }
    }
}
