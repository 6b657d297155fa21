package dev.plyometer.simulate;

import com.garmin.fit.AccelerometerDataMesg;
import com.garmin.fit.BufferedMesgBroadcaster;
import com.garmin.fit.Decode;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.TimestampCorrelationMesg;
import com.garmin.fit.plugins.ThreeDSensorAdjustmentPlugin;
import dev.plyometer.ingest.ExportReader;
import dev.plyometer.ingest.ImportOptions;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleBlock;
import dev.plyometer.ingest.SampleSink;
import dev.plyometer.ingest.SourceInfo;
import dev.plyometer.volume.Exercise;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own FIT encoder against Garmin's SDK (test scope only): the SDK accepts what it writes (CRCs, compressed
 * timestamps, system time) and decodes the same samples at the same times as our decoder; and every FIT-derived
 * dialect the simulator writes reads back to the same samples as the native file.
 */
class FitExportWriterTest {
    @TempDir
    Path dir;

    private static FixtureSpec spec(String name, FitExport export) {
        return new FixtureSpec(name, 77, "Squat jumps", Location.WAIST, export.samplesPerMessage() == 30 ? 100 : 25,
                SensorSpec.typical(16), ExportFormat.generic(), Imperfections.NONE,
                Instant.parse("2026-11-02T07:30:00Z"), b -> b.stand(5).set(Exercise.SQUAT_JUMP, 2).stand(3), export);
    }

    @ParameterizedTest
    @EnumSource(FitExport.Values.class)
    void garminsSdkDecodesOurFitFilesToTheSameSamplesAndTimes(FitExport.Values values) throws IOException {
        FitExport export = new FitExport(FitExport.Container.FIT, values, 30, values == FitExport.Values.RAW, true);
        SessionExport.write(spec("sdk", export), dir);
        Path file = dir.resolve("sdk.fit");
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(new Decode().checkFileIntegrity(in)).as("SDK integrity check (header, size, CRC)").isTrue();
        }
        List<String> sdk = sdkSamples(Files.readAllBytes(file));
        List<String> ours = ourSamples(file);
        assertThat(sdk).hasSizeGreaterThan(500);
        assertThat(ours).containsExactlyElementsOf(sdk);
    }

    @Test
    void everyFitDerivedDialectReadsBackToTheNativeFilesSamples() throws IOException {
        for (FitExport.Values values : FitExport.Values.values()) {
            FitExport nativeFit = new FitExport(FitExport.Container.FIT, values, 25, false, false);
            SessionExport.write(spec("native", nativeFit), dir);
            List<String> expected = ourSamples(dir.resolve("native.fit"));
            for (FitExport.Container c : FitExport.Container.values()) {
                SessionExport.write(spec("dialect", new FitExport(c, values, 25, false, false)), dir);
                Path file = dir.resolve("dialect" + c.extension);
                assertThat(ourSamples(file)).as("%s, %s", c, values).containsExactlyElementsOf(expected);
                Files.delete(file);
            }
        }
    }

    @Test
    void systemTimeDialectsAreMappedToTheSameUtcTimes() throws IOException {
        SessionExport.write(spec("utc", FitExport.of(FitExport.Container.FIT, FitExport.Values.CALIBRATED)), dir);
        List<String> expected = ourSamples(dir.resolve("utc.fit"));
        for (FitExport.Container c : FitExport.Container.values()) {
            SessionExport.write(spec("system", new FitExport(c, FitExport.Values.CALIBRATED, 25, true, false)), dir);
            Path file = dir.resolve("system" + c.extension);
            assertThat(ourSamples(file)).as(c.toString()).containsExactlyElementsOf(expected);
            Files.delete(file);
        }
    }

    private static List<String> ourSamples(Path file) {
        List<String> out = new ArrayList<>();
        ExportReader.read(file, file.getFileName().toString(), ImportOptions.DEFAULTS, new SampleSink() {
            @Override
            public void begin(SourceInfo info) {
            }

            @Override
            public void accept(SampleBlock b) {
                for (int i = 0; i < b.size(); i++) {
                    out.add(b.timeNanos[i] + " " + b.x[i] + " " + b.y[i] + " " + b.z[i]);
                }
            }

            @Override
            public void end(ImportStats stats) {
                assertThat(stats.warnings()).isEmpty();
            }
        });
        return out;
    }

    /** The SDK's samples: its decoder, its calibration plugin, FIT time (system time through the correlation). */
    private static List<String> sdkSamples(byte[] fit) {
        Decode decode = new Decode();
        BufferedMesgBroadcaster broadcaster = new BufferedMesgBroadcaster(decode);
        broadcaster.registerMesgBroadcastPlugin(new ThreeDSensorAdjustmentPlugin());
        List<Mesg> messages = new ArrayList<>();
        broadcaster.addListener((com.garmin.fit.MesgListener) messages::add);
        assertThat(decode.read(new java.io.ByteArrayInputStream(fit), broadcaster, broadcaster)).isTrue();
        broadcaster.broadcast();
        long shiftMs = 631065600000L;
        for (Mesg m : messages) {
            if (m.getNum() == MesgNum.TIMESTAMP_CORRELATION) {
                TimestampCorrelationMesg c = new TimestampCorrelationMesg(m);
                shiftMs += c.getTimestamp().getTimestamp() * 1000 + c.getTimestampMs()
                        - c.getSystemTimestamp().getTimestamp() * 1000 - c.getSystemTimestampMs();
            }
        }
        List<String> out = new ArrayList<>();
        for (Mesg mesg : messages) {
            if (mesg.getNum() != MesgNum.ACCELEROMETER_DATA) {
                continue;
            }
            AccelerometerDataMesg m = new AccelerometerDataMesg(mesg);
            long base = m.getTimestamp().getTimestamp() * 1000 + m.getTimestampMs() + shiftMs;
            for (int i = 0; i < m.getNumSampleTimeOffset(); i++) {
                long t = (base + m.getSampleTimeOffset(i)) * 1_000_000L;
                double x;
                double y;
                double z;
                if (m.getNumCalibratedAccelX() > i) {
                    x = m.getCalibratedAccelX(i);
                    y = m.getCalibratedAccelY(i);
                    z = m.getCalibratedAccelZ(i);
                } else {
                    x = m.getCompressedCalibratedAccelX(i) / 1000.0;
                    y = m.getCompressedCalibratedAccelY(i) / 1000.0;
                    z = m.getCompressedCalibratedAccelZ(i) / 1000.0;
                }
                out.add(t + " " + x + " " + y + " " + z);
            }
        }
        return out;
    }
}
