package dev.plyometer.ingest.fit;

import com.garmin.fit.AccelerometerDataMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.DeveloperDataIdMesg;
import com.garmin.fit.DeveloperField;
import com.garmin.fit.FieldDescriptionMesg;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FitBaseType;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SensorType;
import com.garmin.fit.ThreeDSensorCalibrationMesg;
import com.garmin.fit.TimestampCorrelationMesg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our decoder against Garmin's Java SDK (test scope only): files written by the SDK's encoder (or by hand, for what
 * the encoder never writes) must give the same samples at the same times, bit for bit, as the SDK's decoder with
 * {@code ThreeDSensorAdjustmentPlugin}.
 */
class GarminSdkAgreementTest {
    /** 2024-05-04T09:30:00Z in FIT seconds. */
    static final long T0 = 1083749400L;

    @TempDir
    Path dir;

    enum Values { RAW, CALIBRATED, COMPRESSED }

    @Test
    void rawCountsThroughARotatedCalibrationMatchThePluginBitForBit() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        m.add(calibration(T0, new int[] {3, -2, 5}, rotationAboutX(30)));
        m.addAll(accelerometer(T0, 25, 40, Values.RAW, new Random(1)));
        assertAgrees(GarminSdk.encode(m), 1000);
    }

    @Test
    void calibratedGValuesMatchTheSdk() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        m.addAll(accelerometer(T0, 25, 40, Values.CALIBRATED, new Random(2)));
        assertAgrees(GarminSdk.encode(m), 1000);
    }

    @Test
    void compressedMilliGValuesMatchTheSdk() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        m.addAll(accelerometer(T0, 25, 40, Values.COMPRESSED, new Random(3)));
        assertAgrees(GarminSdk.encode(m), 1000);
    }

    @Test
    void severalMessagesPerSecondAt100HzKeepTheirOwnMilliseconds() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        m.add(calibration(T0, new int[] {0, -8, -46}, new int[] {0, -65535, 0, 0, 0, -65535, -65535, 0, 0}));
        m.addAll(accelerometer(T0, 100, 30, Values.RAW, new Random(4)));
        byte[] fit = GarminSdk.encode(m);
        Collected ours = assertAgrees(fit, 900);
        assertThat(ours.times.get(30) - ours.times.get(29)).isEqualTo(10_000_000L);
    }

    @Test
    void systemTimeIsMappedThroughTimestampCorrelationLikeTheSdkFields() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        TimestampCorrelationMesg c = new TimestampCorrelationMesg();
        c.setTimestamp(new DateTime(T0 + 69));
        c.setTimestampMs(0);
        c.setSystemTimestamp(new DateTime(69));
        c.setSystemTimestampMs(109);
        m.add(c);
        m.add(calibration(3, new int[] {0, -8, -46}, new int[] {0, -65535, 0, 0, 0, -65535, -65535, 0, 0}));
        m.addAll(accelerometer(3, 100, 30, Values.RAW, new Random(5)));
        Collected ours = assertAgrees(GarminSdk.encode(m), 900);
        assertThat(ours.info.absoluteClock()).isTrue();
        assertThat(ours.info.start()).hasToString("2024-05-04T09:30:02.891Z");
    }

    @Test
    void systemTimeWithoutCorrelationIsARelativeClock() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        m.addAll(accelerometer(3, 25, 10, Values.CALIBRATED, new Random(6)));
        Collected ours = assertAgrees(GarminSdk.encode(m), 250);
        assertThat(ours.info.absoluteClock()).isFalse();
        assertThat(ours.times.get(0)).isEqualTo(3_000_000_000L);
    }

    @Test
    void calibrationAfterTheDataIsFoundByAFirstPass() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        m.addAll(accelerometer(T0, 25, 10, Values.RAW, new Random(7)));
        m.add(calibration(T0 + 20, new int[] {1, 2, 3}, rotationAboutX(10)));
        assertAgrees(GarminSdk.encode(m), 250);
    }

    @Test
    void developerFieldsAndOtherMessagesAreSkipped() throws IOException {
        List<Mesg> m = new ArrayList<>();
        m.add(fileId());
        DeveloperDataIdMesg id = new DeveloperDataIdMesg();
        id.setDeveloperDataIndex((short) 0);
        for (int i = 0; i < 16; i++) {
            id.setApplicationId(i, (byte) i);
        }
        FieldDescriptionMesg description = new FieldDescriptionMesg();
        description.setDeveloperDataIndex((short) 0);
        description.setFieldDefinitionNumber((short) 0);
        description.setFitBaseTypeId((short) FitBaseType.UINT16);
        description.setFieldName(0, "doughnuts");
        m.add(id);
        m.add(description);
        Random random = new Random(8);
        for (Mesg a : accelerometer(T0, 25, 10, Values.CALIBRATED, random)) {
            DeveloperField field = new DeveloperField(description, id);
            field.setValue(random.nextInt(1000));
            a.addDeveloperField(field);
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new AccelerometerDataMesg(a).getTimestamp());
            r.setHeartRate((short) 120);
            m.add(r);
            m.add(a);
        }
        assertAgrees(GarminSdk.encode(m), 250);
    }

    @Test
    void compressedTimestampHeadersCountOnFromTheLastFullTimestamp() throws IOException {
        // a full timestamp at T0 + 30 (low 5 bits 0b11110), then compressed offsets that roll over the 32 s window
        int[][] full = {{253, 4, 0x86}, {0, 2, 0x84}, {1, 4, 0x84}, {5, 8, 0x88}, {6, 8, 0x88}, {7, 8, 0x88}};
        int[][] compressed = {{0, 2, 0x84}, {1, 4, 0x84}, {5, 8, 0x88}, {6, 8, 0x88}, {7, 8, 0x88}};
        FitBytes b = new FitBytes().definition(0, 165, full, new int[0][]).definition(1, 165, compressed, new int[0][]);
        Random random = new Random(9);
        long ts = T0 + 30;
        b.data(0).u32(ts).u16(0);
        samples(b, random);
        for (int k = 1; k <= 6; k++) {
            b.compressed(1, (int) ((ts + k) & 0x1F)).u16(k * 7);
            samples(b, random);
        }
        byte[] fit = b.build();
        Collected ours = assertAgrees(fit, 14);
        assertThat(ours.times.get(13) - ours.times.get(0)).isEqualTo(6_000_000_000L + 42_000_000L + 500_000_000L);
    }

    @Test
    void bigEndianDefinitionsMatchTheSdk() throws IOException {
        int[][] fields = {{253, 4, 0x86}, {0, 2, 0x84}, {1, 4, 0x84}, {8, 4, 0x83}, {9, 4, 0x83}, {10, 4, 0x83}};
        FitBytes b = new FitBytes().bigEndian(true).definition(2, 165, fields, new int[0][]);
        for (int k = 0; k < 5; k++) {
            b.data(2).u32(T0 + k).u16(k).u16(0).u16(500);
            b.u16(-12 & 0xFFFF).u16(1234).u16(1000).u16(2000).u16(-999 & 0xFFFF).u16(4);
        }
        assertAgrees(b.build(), 10);
    }

    private static void samples(FitBytes b, Random random) {
        b.u16(0).u16(500);
        for (int axis = 0; axis < 3; axis++) {
            b.f32((float) random.nextGaussian()).f32((float) random.nextGaussian());
        }
    }

    /** Reads {@code fit} with both decoders and asserts identical samples; returns ours. */
    private Collected assertAgrees(byte[] fit, int expectedSamples) throws IOException {
        Path file = dir.resolve("sdk.fit");
        Files.write(file, fit);
        List<GarminSdk.Sample> sdk = GarminSdk.decode(fit);
        Collected ours = new Collected();
        FitImporter.read(file, "sdk.fit", ours);
        assertThat(ours.stats.warnings()).isEmpty();
        assertThat(sdk).hasSize(expectedSamples);
        List<String> expected = new ArrayList<>();
        for (GarminSdk.Sample s : sdk) {
            expected.add(bits(s.epochNanos(), s.x(), s.y(), s.z()));
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            double[] v = ours.values.get(i);
            actual.add(bits(ours.times.get(i), v[0], v[1], v[2]));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        return ours;
    }

    /** A sample as its exact bits, readable in a failure message. */
    private static String bits(long t, double x, double y, double z) {
        return t + " " + x + "/" + Long.toHexString(Double.doubleToRawLongBits(x)) + " " + y + "/"
                + Long.toHexString(Double.doubleToRawLongBits(y)) + " " + z + "/"
                + Long.toHexString(Double.doubleToRawLongBits(z));
    }

    static FileIdMesg fileId() {
        FileIdMesg f = new FileIdMesg();
        f.setType(com.garmin.fit.File.ACTIVITY);
        f.setManufacturer(Manufacturer.DEVELOPMENT);
        f.setProduct(0);
        f.setSerialNumber(1234L);
        f.setTimeCreated(new DateTime(T0));
        return f;
    }

    static int[] rotationAboutX(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        double[] m = {1, 0, 0, 0, c, -s, 0, s, c};
        int[] raw = new int[9];
        for (int i = 0; i < 9; i++) {
            raw[i] = (int) Math.round(m[i] * 65535);
        }
        return raw;
    }

    static ThreeDSensorCalibrationMesg calibration(long timestamp, int[] offsets, int[] matrix) {
        ThreeDSensorCalibrationMesg c = new ThreeDSensorCalibrationMesg();
        c.setTimestamp(new DateTime(timestamp));
        c.setSensorType(SensorType.ACCELEROMETER);
        c.setCalibrationFactor(1L);
        c.setCalibrationDivisor(2048L);
        c.setLevelShift(32768L);
        for (int i = 0; i < 3; i++) {
            c.setOffsetCal(i, offsets[i]);
        }
        for (int i = 0; i < 9; i++) {
            c.setOrientationMatrix(i, (float) (matrix[i] / 65535.0));
        }
        return c;
    }

    /**
     * {@code messages} accelerometer messages of one representation at {@code rateHz}, {@code perMessage} samples each
     * (so that at 100 Hz and 30 per message, messages share seconds and carry their own {@code timestamp_ms}).
     */
    static List<Mesg> accelerometer(long start, int rateHz, int messages, Values values, Random random) {
        int perMessage = rateHz == 100 ? 30 : 25;
        long periodMs = 1000 / rateHz;
        List<Mesg> out = new ArrayList<>();
        for (int k = 0; k < messages; k++) {
            long firstMs = k * perMessage * periodMs;
            AccelerometerDataMesg a = new AccelerometerDataMesg();
            a.setTimestamp(new DateTime(start + firstMs / 1000));
            a.setTimestampMs((int) (firstMs % 1000));
            for (int i = 0; i < perMessage; i++) {
                a.setSampleTimeOffset(i, (int) (i * periodMs));
                double[] g = {random.nextGaussian() * 0.5, random.nextGaussian() * 0.5, 1 + random.nextGaussian()};
                for (int axis = 0; axis < 3; axis++) {
                    switch (values) {
                        case RAW -> a.setFieldValue(2 + axis, i, (int) Math.round(32768 + g[axis] * 2048));
                        case CALIBRATED -> a.setFieldValue(5 + axis, i, (float) g[axis]);
                        case COMPRESSED -> a.setFieldValue(8 + axis, i, (short) Math.round(g[axis] * 1000));
                    }
                }
            }
            out.add(a);
        }
        return out;
    }
}
