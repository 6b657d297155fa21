package dev.plyometer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** athlete, upload, sessions and reanalyze through the command line. */
class HistoryCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Cli run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = temp.resolve("data").toString();
        return Cli.run(all);
    }

    private static String history(String file) {
        return HistoryFixture.dir().resolve(file).toString();
    }

    @Test
    void athletesAreAddedChangedShownAndListed() throws IOException {
        Cli add = run("athlete", "add", "ana", "--zone", "Europe/Berlin", "--strength-start", "2026-10-05",
                "--sessions-per-week", "2", "--mass", "61.5");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("added ana: level beginner (80–100 foot-contacts per session), time zone "
                + "Europe/Berlin, 61.5 kg");
        assertThat(run("athlete", "add", "Ana").exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli set = run("athlete", "set", "ana", "--level", "intermediate", "--json");
        assertThat(JSON.readTree(set.out()).path("level").asText()).isEqualTo("intermediate");
        assertThat(run("athlete", "set", "ana").exitCode()).isEqualTo(ExitCodes.USAGE);
        JsonNode shown = JSON.readTree(run("athlete", "show", "ANA", "--json").out());
        assertThat(shown.path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(shown.path("strengthProgramStart").asText()).isEqualTo("2026-10-05");
        assertThat(shown.path("sessionsPerWeek").asInt()).isEqualTo(2);
        assertThat(shown.path("sessionMax").asInt()).isEqualTo(120);
        assertThat(run("athlete", "show", "ana").out()).contains("strength start   2026-10-05");
        assertThat(JSON.readTree(run("athlete", "list", "--json").out())).hasSize(1);
        Cli unknown = run("athlete", "show", "bob");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no athlete named \"bob\"");
        assertThat(run("athlete", "add", "x", "--zone", "Mars/Olympus").err()).contains("unknown time zone");
    }

    @Test
    void uploadCreatesAnUnknownAthleteAndSaysSo() {
        Cli cli = run("upload", history("ana-2026-10-23-1830.csv"), "--athlete", "cleo", "--level", "advanced");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).contains("plyometer: new athlete cleo: level advanced");
        assertThat(cli.out()).startsWith("stored    " + history("ana-2026-10-23-1830.csv") + " → session 1: ")
                .contains("80 foot-contacts (40 landings, 2 set(s)), below for advanced");
    }

    @Test
    void oneBadFileAmongManyIsNamedAndTheOthersAreStored() throws IOException {
        Path bad = temp.resolve("broken.csv");
        Files.writeString(bad, "timestamp,x,y,z\nnot,a,number,row\n");
        Cli cli = run("upload", history("ana-2026-10-20-1830.csv"), bad.toString(), history("ana-2026-10-23-1830.csv"),
                "--athlete", "ana", "--json");
        assertThat(cli.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(cli.err()).contains("plyometer: error: " + bad).contains("2 stored, 0 unchanged, 1 failed");
        List<JsonNode> lines = cli.out().lines().map(HistoryCommandsTest::json).toList();
        assertThat(lines).extracting(l -> l.path("result").asText()).containsExactly("stored", "failed", "stored");
        assertThat(JSON.readTree(run("sessions", "list", "--athlete", "ana", "--json").out())).hasSize(2);
    }

    @Test
    void plansMatchedByAShellGlobAreNotUploadedAsExports() {
        Cli cli = run("upload", history("ana-2026-10-23-1830.csv"), history("ana-2026-10-23-1830.plan.csv"),
                "--athlete", "ana");
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).contains("1 plan or truth file(s) among the files: not uploaded as exports")
                .contains("1 stored, 0 unchanged, 0 failed (of 1 file(s))");
    }

    @Test
    void reUploadingTheSameBytesUnderAnyNameChangesNothing() throws IOException {
        assertThat(run("upload", history("ben-2026-10-19-0700.csv"), "--athlete", "ben").exitCode()).isZero();
        Path renamed = temp.resolve("monday.csv");
        Files.copy(HistoryFixture.dir().resolve("ben-2026-10-19-0700.csv"), renamed);
        String before = run("sessions", "list", "--athlete", "ben", "--json").out();
        Cli again = run("upload", renamed.toString(), history("ben-2026-10-19-0700.csv"), "--athlete", "ben");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("unchanged ")
                .contains("= session 1: the same bytes are stored already").endsWith("nothing changed"));
        assertThat(run("sessions", "list", "--athlete", "ben", "--json").out()).isEqualTo(before);
    }

    @Test
    void aRelativeClockNeedsStartAndStartNeedsOneFile() {
        String relative = Cli.sessions().resolve("short-rests-single-leg-waist-100hz.csv").toString();
        run("athlete", "add", "ana", "--zone", "Europe/Berlin");
        Cli refused = run("upload", relative, "--athlete", "ana");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(refused.err()).contains("clock is relative").contains("--start");
        Cli two = run("upload", relative, history("ana-2026-10-23-1830.csv"), "--athlete", "ana", "--start",
                "2026-11-17T19:00");
        assertThat(two.exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli stored = run("upload", relative, "--athlete", "ana", "--start", "2026-11-17T19:00");
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("2026-11-17 19:00 Europe/Berlin, 22 foot-contacts");
    }

    @Test
    void sessionsAreListedShownAndDeleted() throws IOException {
        run("upload", history("ana-2026-10-20-1830.csv"), history("ana-2026-10-23-1830.csv"), "--athlete", "ana");
        Cli list = run("sessions", "list", "--athlete", "ana");
        assertThat(list.out()).contains("2 session(s)");
        Cli show = run("sessions", "show", "1");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("session 1 of ana").contains("kept as").contains("volume    82 foot-contacts");
        JsonNode json = JSON.readTree(run("sessions", "show", "1", "--json").out());
        assertThat(json.path("report").path("schema").asText()).isEqualTo("plyometer.session/1");
        assertThat(json.path("sha256").asText()).hasSize(64);
        Cli delete = run("sessions", "delete", "1");
        assertThat(delete.out()).startsWith("deleted session 1 of ana");
        assertThat(run("sessions", "show", "1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("sessions", "clean", "--older-than", "0").out()).startsWith("removed 2 file(s)");
    }

    @Test
    void reanalyzeRunsTheKeptExportsAgain() throws IOException {
        run("upload", history("ben-2026-10-31-1800.csv"), "--athlete", "ben");
        Cli same = run("reanalyze", "--athlete", "ben");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("124 foot-contacts, over, unchanged");
        run("athlete", "set", "ben", "--level", "advanced");
        Cli changed = run("reanalyze", "--session", "1", "--json");
        JsonNode r = JSON.readTree(changed.out());
        assertThat(r.path("statusBefore").asText()).isEqualTo("over");
        assertThat(r.path("statusAfter").asText()).isEqualTo("within");
        assertThat(r.path("reportChanged").asBoolean()).isTrue();
    }

    @Test
    void reanalyzeRewritesTheReportsUploadKeptBesideTheHistory() throws IOException {
        run("upload", history("ben-2026-10-31-1800.csv"), "--athlete", "ben");
        java.nio.file.Path html = temp.resolve("data/reports/ben/session-1-ben-2026-10-31-1800.html");
        assertThat(java.nio.file.Files.readString(html)).contains("data-status=\"over\"");
        run("athlete", "set", "ben", "--level", "advanced");
        Cli changed = run("reanalyze", "--athlete", "ben");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.err()).contains("the reports of 1 rewritten");
        assertThat(java.nio.file.Files.readString(html)).contains("data-status=\"within\"")
                .doesNotContain("data-status=\"over\"");
    }

    @Test
    void helpListsTheNewExitCodes() {
        Cli cli = Cli.run("upload", "--help");
        assertThat(cli.out()).contains("5  check: over the limit").contains("8  the history could not be read");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
