package dev.plyometer.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plyometer.ingest.CsvDialect;
import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.ingest.SampleBlock;
import dev.plyometer.ingest.SampleSink;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SourceInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each dialect is written with its app's exact header, units, clock and layout, and read back as that dialect. */
class DialectWriterTest {
    private static final long START = Instant.parse("2026-11-20T09:00:00Z").getEpochSecond() * 1_000_000_000L;

    @TempDir
    Path dir;

    /** The header and the first two rows (t = 0 and t = 10 ms; x = 0.5 g, y = -0.25 g, z = 1 g). */
    private static String write(CsvDialect dialect) throws IOException {
        StringWriter out = new StringWriter();
        ExportWriter w = ExportWriters.create(out, ExportFormat.of(dialect), START, 100);
        w.writeHeader();
        w.row(0, 0.5, -0.25, 1);
        w.row(10_000_000L, 0.5, -0.25, 1);
        assertThat(w.charsWritten()).isEqualTo(out.toString().length());
        assertThat(w.rowsWritten()).isEqualTo(2);
        return out.toString();
    }

    @Test
    void writesPhyphoxWithAQuotedHeaderAndScientificNotation() throws IOException {
        assertThat(write(CsvDialect.PHYPHOX)).isEqualTo("\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y "
                + "(m/s^2)\",\"Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"\n"
                + "0.000000000E0,4.903325000E0,-2.451662500E0,9.806650000E0,1.123492898E1\n"
                + "1.000000000E-2,4.903325000E0,-2.451662500E0,9.806650000E0,1.123492898E1\n");
    }

    @Test
    void writesSensorLoggerInZyxOrderWithNanosecondTimes() throws IOException {
        assertThat(write(CsvDialect.SENSOR_LOGGER)).isEqualTo("time,seconds_elapsed,z,y,x\n"
                + "1795165200000000000,0.250000000,9.806650,-2.451662,4.903325\n"
                + "1795165200010000000,0.260000000,9.806650,-2.451662,4.903325\n");
    }

    @Test
    void writesSensorLogWithIosSignsAndDeviceMotionColumns() throws IOException {
        String[] lines = write(CsvDialect.SENSORLOG).split("\n");
        assertThat(lines[0]).startsWith("loggingTime(txt),loggingSample(N),accelerometerTimestamp_sinceReboot(s),"
                + "accelerometerAccelerationX(G)").contains("motionUserAccelerationX(G)").endsWith("motionGravityZ(G)");
        assertThat(lines[1]).isEqualTo("2026-11-20 10:00:00.000 +0100,0,33071.100000,-0.500000,0.250000,-1.000000,"
                + "33071.100000,0.000000,0.000000,0.000000,-0.500000,0.250000,-1.000000");
    }

    @Test
    void writesPhysicsToolboxWithAShortHeaderAndClockTimes() throws IOException {
        assertThat(write(CsvDialect.PHYSICS_TOOLBOX)).isEqualTo("time,gFx,gFy,gFz\n"
                + "10:00:00:000,0.500,-0.250,1.000,1.146\n10:00:00:010,0.500,-0.250,1.000,1.146\n");
    }

    @Test
    void physicsToolboxRepeatsATimestampEveryFiftiethRow() throws IOException {
        StringWriter out = new StringWriter();
        ExportWriter w = ExportWriters.create(out, ExportFormat.of(CsvDialect.PHYSICS_TOOLBOX), START, 100);
        for (int k = 0; k < 100; k++) {
            w.row(k * 10_000_000L, 0, 0, 1);
        }
        String[] lines = out.toString().split("\n");
        assertThat(lines[49]).startsWith(lines[48].substring(0, 12));
        assertThat(lines[50]).startsWith("10:00:00:500");
    }

    @Test
    void writesPolarWithSemicolonsSensorNanosecondsAndIntegerMilliG() throws IOException {
        assertThat(write(CsvDialect.POLAR_SENSOR_LOGGER)).isEqualTo(
                "Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]\n"
                        + "2026-11-20T10:00:00.015;599616065136175104;500;-250;1000\n"
                        + "2026-11-20T10:00:00.032;599616065146175104;500;-250;1000\n");
    }

    @Test
    void writesBothMetaBaseHeaders() throws IOException {
        assertThat(write(CsvDialect.METABASE)).isEqualTo(
                "epoc (ms),timestamp (+0100),elapsed (s),x-axis (g),y-axis (g),z-axis (g)\n"
                        + "1795165200000,2026-11-20T10:00:00.000,0.000,0.500,-0.250,1.000\n"
                        + "1795165200010,2026-11-20T10:00:00.010,0.010,0.500,-0.250,1.000\n");
        assertThat(write(CsvDialect.METABASE_NEW)).isEqualTo("Epoch,X,Y,Z\n"
                + "1795165200.000,0.5000,-0.2500,1.0000\n1795165200.010,0.5000,-0.2500,1.0000\n");
    }

    @Test
    void writesTheActiGraphBlockWithRateAndLocalStart() throws IOException {
        String[] lines = write(CsvDialect.ACTIGRAPH_RAW).split("\n");
        assertThat(lines).hasSize(13);
        assertThat(lines[0]).isEqualTo("------------ Data File Created By ActiGraph GT3X+ ActiLife v6.13.3 Firmware "
                + "v2.5.0 date format M/d/yyyy at 100 Hz  Filter Normal -----------");
        assertThat(lines[2]).isEqualTo("Start Time 10:00:00");
        assertThat(lines[3]).isEqualTo("Start Date 11/20/2026");
        assertThat(lines[4]).isEqualTo("Epoch Period (hh:mm:ss) 00:00:00");
        assertThat(lines[9]).matches("-{50}");
        assertThat(lines[10]).isEqualTo("Accelerometer X,Accelerometer Y,Accelerometer Z");
        assertThat(lines[11]).isEqualTo("0.500,-0.250,1.000");
    }

    @Test
    void writesAxivityWithoutHeaderInRawUnits() throws IOException {
        assertThat(write(CsvDialect.AXIVITY_OMGUI)).isEqualTo(
                "2026-11-20 10:00:00.000,128,-64,256\n2026-11-20 10:00:00.010,128,-64,256\n");
    }

    @Test
    void writesGeneActivWithAHundredLineHeaderAndColonMilliseconds() throws IOException {
        String[] lines = write(CsvDialect.GENEACTIV).split("\n", -1);
        assertThat(lines[2]).isEqualTo("Device Type,GENEActiv");
        assertThat(List.of(lines).subList(0, 100)).contains("Measurement Frequency,100 Hz",
                "Start Time,2026-11-20 10:00:00:000", "Time Zone,GMT +01:00");
        assertThat(lines[100]).isEqualTo("2026-11-20 10:00:00:000,0.5000,-0.2500,1.0000,40,0,25.3");
        assertThat(lines[101]).startsWith("2026-11-20 10:00:00:010,");
    }

    @ParameterizedTest
    @EnumSource(CsvDialect.class)
    void theImporterRecognisesEveryWrittenDialectWithTheSameSamples(CsvDialect dialect) throws IOException {
        Path file = dir.resolve(dialect.label() + ".csv");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            ExportWriter w = ExportWriters.create(out, ExportFormat.of(dialect), START, 100);
            w.writeHeader();
            for (int k = 0; k < 300; k++) {
                w.row(k * 10_000_000L, 0.25, -0.125, 0.96 + 0.01 * (k % 5));
            }
        }
        Collected read = new Collected();
        ExportReader.read(file, file.getFileName().toString(), ImportOptions.DEFAULTS, read);
        assertThat(read.info.format()).isEqualTo(dialect.label());
        assertThat(read.x).hasSize(300);
        double resolution = dialect == CsvDialect.AXIVITY_OMGUI ? 1 / 256.0 : 0.001;
        double sign = dialect == CsvDialect.SENSORLOG ? -1 : 1; // iOS: at rest face up, z reads -1 g
        for (int k = 0; k < 300; k++) {
            assertThat(read.x.get(k)).isCloseTo(sign * 0.25, org.assertj.core.data.Offset.offset(resolution));
            assertThat(read.z.get(k)).isCloseTo(sign * (0.96 + 0.01 * (k % 5)),
                    org.assertj.core.data.Offset.offset(resolution));
            if (dialect != CsvDialect.PHYSICS_TOOLBOX && dialect != CsvDialect.POLAR_SENSOR_LOGGER) {
                assertThat(read.t.get(k) - read.t.get(0)).as("row %d", k).isEqualTo(k * 10_000_000L);
            }
        }
    }

    private static final class Collected implements SampleSink {
        SourceInfo info;
        final List<Long> t = new ArrayList<>();
        final List<Double> x = new ArrayList<>();
        final List<Double> z = new ArrayList<>();

        @Override
        public void begin(SourceInfo sourceInfo) {
            info = sourceInfo;
        }

        @Override
        public void accept(SampleBlock block) {
            for (int i = 0; i < block.size(); i++) {
                t.add(block.timeNanos[i]);
                x.add(block.x[i]);
                z.add(block.z[i]);
            }
        }

        @Override
        public void end(ImportStats stats) {
        }
    }
}
