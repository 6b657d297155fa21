package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plyometer check}: the answer and its exit code for below, within, over and nothing to check. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    /** Session id by export file name. */
    private static final Map<String, Long> IDS = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        HistoryFixture.load(data);
        for (String athlete : List.of("ana", "ben")) {
            JsonNode list = JSON.readTree(Cli.run("sessions", "list", "--athlete", athlete, "--json", "--data",
                    data.toString()).out());
            for (JsonNode s : list) {
                IDS.put(Path.of(s.path("file").asText()).getFileName().toString(), s.path("id").asLong());
            }
        }
    }

    private static Cli check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return Cli.run(all);
    }

    private static String id(String file) {
        return Long.toString(IDS.get(file));
    }

    @Test
    void belowTheRangeIsUnderTheLimitAndExitsZero() throws IOException {
        Cli cli = check("--athlete", "ana", "--session", id("ana-2026-10-29-1800.csv"), "--json");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        JsonNode r = JSON.readTree(cli.out());
        assertThat(r.path("status").asText()).isEqualTo("below");
        assertThat(r.path("counted").asInt()).isEqualTo(52);
        assertThat(r.path("max").asInt()).isEqualTo(100);
        assertThat(r.path("unit").asText()).isEqualTo("foot-contacts");
        assertThat(r.path("certain").asBoolean()).isTrue();
    }

    @Test
    void withinTheRangeExitsZero() {
        Cli cli = check("--athlete", "ana", "--session", id("ana-2026-11-06-1830.csv"));
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("80 foot-contacts: within the beginner range (80–100), under the limit");
        assertThat(cli.out().lines()).hasSize(1);
    }

    @Test
    void overTheLimitExitsWithItsOwnCode() throws IOException {
        Cli cli = check("--athlete", "ana", "--session", id("ana-2026-11-03-1830.csv"));
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.OVER_LIMIT).isNotIn(ExitCodes.SOME_FILES_FAILED,
                ExitCodes.INTERNAL, ExitCodes.USAGE);
        assertThat(cli.out()).contains("104 foot-contacts: over the beginner limit of 100");
        JsonNode r = JSON.readTree(check("--athlete", "ben", "--last", "--json").out());
        assertThat(r.path("session").asLong()).isEqualTo(IDS.get("ben-2026-11-08-2330.csv"));
        assertThat(r.path("status").asText()).isEqualTo("within");
    }

    @Test
    void aWeekIsOverWhenOneOfItsSessionsIs() throws IOException {
        Cli over = check("--athlete", "ben", "--week", "2026-W44", "--json");
        assertThat(over.exitCode()).isEqualTo(ExitCodes.OVER_LIMIT);
        JsonNode r = JSON.readTree(over.out());
        assertThat(r.path("scope").asText()).isEqualTo("week");
        assertThat(r.path("counted").asInt()).isEqualTo(124);
        assertThat(r.path("max").asInt()).isEqualTo(120);
        assertThat(r.path("sessions")).hasSize(1);
        Cli under = check("--athlete", "ben", "--week", "2026-W43");
        assertThat(under.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(under.out()).startsWith("ben, 2026-W43: all 3 session(s) under the limit; the largest, session");
    }

    @Test
    void nothingToCheckHasItsOwnCode() {
        Cli unknown = check("--athlete", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOTHING_TO_CHECK);
        assertThat(unknown.err()).contains("nothing to check: no athlete named \"nobody\"");
        Cli emptyWeek = check("--athlete", "ana", "--week", "2026-W50");
        assertThat(emptyWeek.exitCode()).isEqualTo(ExitCodes.NOTHING_TO_CHECK);
        assertThat(check("--athlete", "ana", "--session", "9999").exitCode()).isEqualTo(ExitCodes.NOTHING_TO_CHECK);
    }

    @Test
    void aFileIsCheckedWithoutTheHistoryAndAnUncertainCountSaysSo() throws IOException {
        // 100 foot contacts against the beginner limit of 100: within, but the band reaches over
        Path file = HistoryFixture.dir().resolve("ben-2026-11-02-1700.csv");
        Cli cli = Cli.run("check", file.toString(), "--level", "beginner", "--json");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCodes.OK);
        JsonNode r = JSON.readTree(cli.out());
        assertThat(r.path("scope").asText()).isEqualTo("file");
        assertThat(r.path("status").asText()).isEqualTo("within");
        assertThat(r.path("counted").asInt()).isEqualTo(100);
        assertThat(r.path("certain").asBoolean()).isFalse();
        assertThat(r.path("band").path("low").asDouble()).isLessThan(100);
        assertThat(r.path("band").path("high").asDouble()).isGreaterThan(100);
        assertThat(r.path("band").path("precision").path("trials").asInt())
                .isEqualTo(dev.plyometer.check.DetectorAccuracy.FIXTURES.found());
        Cli text = Cli.run("check", file.toString(), "--level", "beginner");
        assertThat(text.out()).contains("uncertain").contains("reaches over the limit");
        Cli over = Cli.run("check", HistoryFixture.dir().resolve("ana-2026-11-03-1830.csv").toString(), "--level",
                "beginner");
        assertThat(over.exitCode()).isEqualTo(ExitCodes.OVER_LIMIT);
    }

    @Test
    void historyAndFileFormsDoNotMix() {
        assertThat(check("--athlete", "ana", "--level", "advanced").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("check").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Cli.run("check", "x.csv", "--last").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(check("--athlete", "ana", "--session", id("ben-2026-10-19-0700.csv")).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void helpDocumentsTheCheckExitCodes() {
        Cli cli = Cli.run("check", "--help");
        assertThat(cli.out()).contains("5  check: over the limit").contains("6  check: nothing to check");
    }
}
