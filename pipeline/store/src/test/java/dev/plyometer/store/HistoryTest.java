package dev.plyometer.store;

import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {
    private static final Path SESSIONS = Path.of("fixtures/sessions");
    private static final Path SQUATS = SESSIONS.resolve("squat-jumps-waist-100hz.csv");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path temp;

    private History open() {
        return History.open(new DataDir(temp.resolve("data")));
    }

    private static AnalysisOptions optionsFor(Athlete a, Path file) {
        AnalysisOptions o = AnalysisOptions.DEFAULTS.withLevel(a.level()).withUnit(a.unit());
        Path plan = file.resolveSibling(file.getFileName().toString().replace(".csv", ".plan.csv"));
        return Files.exists(plan) ? o.withPlan(plan) : o;
    }

    private static UploadResult upload(History h, Athlete a, Path file) {
        return h.uploader().upload(file, a, optionsFor(a, file), null);
    }

    @Test
    void createsTheDataFolderAndTheSchemaOnFirstUse() throws SQLException {
        try (History h = open()) {
            assertThat(h.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(h.integrityCheck()).containsExactly("ok");
        }
        assertThat(temp.resolve("data/plyometer.db")).exists();
        assertThat(temp.resolve("data/sources")).isDirectory();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/plyometer.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("wal");
        }
        try (History again = open()) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void refusesADatabaseFromANewerPlyometer() throws SQLException {
        try (History h = open()) {
            assertThat(h.athletes().list()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/plyometer.db"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', '2030-01-01T00:00:00Z')");
        }
        assertThatThrownBy(this::open).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99, written by a newer plyometer");
    }

    @Test
    void addsFindsAndChangesAthletesIgnoringCase() {
        try (History h = open()) {
            Athlete ana = h.athletes().add("Ana", new AthleteFields(Level.INTERMEDIATE, null, 61.5, BERLIN,
                    LocalDate.of(2026, 9, 1), 2), ZoneId.of("UTC"));
            assertThat(ana.level()).isEqualTo(Level.INTERMEDIATE);
            assertThat(ana.unit()).isEqualTo(CountUnit.FOOT_CONTACTS);
            assertThat(h.athletes().require("ana")).isEqualTo(ana);
            assertThatThrownBy(() -> h.athletes().add("ANA", AthleteFields.NONE, BERLIN))
                    .hasMessageContaining("already in the history");
            Athlete changed = h.athletes().update("ana", new AthleteFields(null, CountUnit.LANDINGS, null, null,
                    null, 3));
            assertThat(changed.unit()).isEqualTo(CountUnit.LANDINGS);
            assertThat(changed.sessionsPerWeek()).isEqualTo(3);
            assertThat(changed.bodyMassKg()).isEqualTo(61.5);
            assertThat(changed.strengthStart()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThatThrownBy(() -> h.athletes().require("bob")).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("no athlete named \"bob\"");
            assertThatThrownBy(() -> h.athletes().ensure("-x", AthleteFields.NONE, BERLIN))
                    .hasMessageContaining("expected 1 to 64 letters");
        }
    }

    @Test
    void storesTheSessionItsSetsAndAByteExactCopyOfTheExport() throws IOException {
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            UploadResult result = upload(h, ana, SQUATS);
            assertThat(result).isInstanceOf(UploadResult.Stored.class);
            StoredSession s = ((UploadResult.Stored) result).session();
            assertThat(s.contacts()).isEqualTo(30);
            assertThat(s.landings()).isEqualTo(15);
            assertThat(s.status()).isEqualTo("below");
            assertThat(s.start()).isEqualTo(Instant.parse("2026-11-02T07:30:00Z"));
            assertThat(s.sets()).hasSize(3).allSatisfy(set -> assertThat(set.exercise()).isEqualTo("squat-jump"));
            assertThat(s.sha256()).isEqualTo(SourceStore.sha256(SQUATS));
            assertThat(Files.mismatch(h.sources().path(s.sha256()), SQUATS)).isEqualTo(-1L);
            assertThat(s.planSha256()).isNotNull();
            assertThat(h.sessions().require(s.id()).reportJson()).contains("\"schema\":\"plyometer.session/1\"");
            assertThat(temp.resolve("data/tmp")).isEmptyDirectory();
        }
    }

    @Test
    void theSameBytesUnderAnotherNameChangeNothing() throws IOException {
        Path copy = temp.resolve("renamed.csv");
        Files.copy(SQUATS, copy);
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            StoredSession first = ((UploadResult.Stored) upload(h, ana, SQUATS)).session();
            UploadResult again = h.uploader().upload(copy, ana, AnalysisOptions.DEFAULTS, null);
            assertThat(again).isInstanceOf(UploadResult.AlreadyStored.class);
            assertThat(((UploadResult.AlreadyStored) again).session().id()).isEqualTo(first.id());
            assertThat(h.sessions().list(ana)).hasSize(1);
            Athlete ben = h.athletes().ensure("ben", AthleteFields.NONE, BERLIN).athlete();
            assertThat(upload(h, ben, SQUATS)).isInstanceOf(UploadResult.Stored.class);
            assertThat(temp.resolve("data/tmp")).isEmptyDirectory();
        }
    }

    @Test
    void aRelativeClockNeedsAStart() {
        Path relative = SESSIONS.resolve("short-rests-single-leg-waist-100hz.csv");
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            UploadResult refused = upload(h, ana, relative);
            assertThat(refused).isInstanceOf(UploadResult.Failed.class);
            assertThat(((UploadResult.Failed) refused).message()).startsWith(relative + ": the export's clock is "
                    + "relative").contains("--start");
            Instant start = Instant.parse("2026-11-17T17:00:00Z");
            UploadResult stored = h.uploader().upload(relative, ana, optionsFor(ana, relative), start);
            StoredSession s = ((UploadResult.Stored) stored).session();
            assertThat(s.start()).isEqualTo(start);
            assertThat(s.startGiven()).isTrue();
            assertThat(s.contacts()).isEqualTo(22);
        }
    }

    @Test
    void aBadFileIsRefusedWithItsNameAndLeavesNothingBehind() throws IOException {
        Path bad = temp.resolve("broken.csv");
        Files.writeString(bad, "timestamp,x,y,z\nnot,a,number,row\n");
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            UploadResult result = h.uploader().upload(bad, ana, AnalysisOptions.DEFAULTS, null);
            assertThat(result).isInstanceOf(UploadResult.Failed.class);
            assertThat(((UploadResult.Failed) result).message()).startsWith(bad.toString());
            assertThat(h.uploader().upload(temp.resolve("missing.csv"), ana, AnalysisOptions.DEFAULTS, null))
                    .isInstanceOf(UploadResult.Failed.class);
            assertThat(h.sessions().list(ana)).isEmpty();
            assertThat(temp.resolve("data/tmp")).isEmptyDirectory();
            try (Stream<Path> kept = Files.walk(temp.resolve("data/sources"))) {
                assertThat(kept.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    @Test
    void deletingASessionRemovesItsSetsAndCleaningRemovesItsUnreferencedCopy() throws SQLException {
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            StoredSession s = ((UploadResult.Stored) upload(h, ana, SQUATS)).session();
            h.sessions().delete(s.id());
            assertThat(h.sessions().find(s.id())).isEmpty();
            assertThat(h.sources().path(s.sha256())).exists();
            assertThat(h.clean(Duration.ofHours(1)).files()).isZero();
            SourceStore.Cleanup cleanup = h.clean(Duration.ZERO.minusSeconds(1));
            assertThat(cleanup.files()).isEqualTo(2); // the export and its plan
            assertThat(h.sources().path(s.sha256())).doesNotExist();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/plyometer.db"));
             Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM session_sets")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void reanalysingAnUnchangedSessionChangesNothingAndANewLevelChangesTheStatus() {
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            StoredSession s = ((UploadResult.Stored) upload(h, ana, SESSIONS.resolve("rope-skip-ankle-200hz.csv")))
                    .session();
            assertThat(s.counted()).isEqualTo(240);
            AnalysisOptions base = AnalysisOptions.DEFAULTS.withLevel(ana.level()).withUnit(ana.unit());
            Reanalyzer.Result same = h.reanalyzer().reanalyze(s.id(), base);
            assertThat(same.reportChanged()).isFalse();
            assertThat(same.error()).isNull();
            Reanalyzer.Result landings = h.reanalyzer().reanalyze(s.id(), base.withUnit(CountUnit.LANDINGS)
                    .withLevel(Level.ADVANCED));
            assertThat(landings.reportChanged()).isTrue();
            assertThat(landings.after()).isEqualTo(120);
            assertThat(landings.statusAfter()).isEqualTo("within");
            StoredSession now = h.sessions().require(s.id());
            assertThat(now.counted()).isEqualTo(120);
            assertThat(now.sets()).hasSize(3);
        }
    }

    @Test
    void aDamagedCopyIsReportedAndTheStoredAnalysisKept() throws IOException {
        try (History h = open()) {
            Athlete ana = h.athletes().ensure("ana", AthleteFields.NONE, BERLIN).athlete();
            StoredSession s = ((UploadResult.Stored) upload(h, ana, SQUATS)).session();
            Files.writeString(h.sources().path(s.sha256()), "timestamp,x,y,z\n");
            Reanalyzer.Result r = h.reanalyzer().reanalyze(s.id(), AnalysisOptions.DEFAULTS);
            assertThat(r.error()).contains("missing or no longer has the uploaded bytes");
            assertThat(h.sessions().require(s.id()).counted()).isEqualTo(s.counted());
        }
    }
}
