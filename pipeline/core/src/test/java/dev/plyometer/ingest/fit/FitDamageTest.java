package dev.plyometer.ingest.fit;

import dev.plyometer.ingest.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Damaged FIT files: a clean import error naming the file and byte or record, or a warning and the samples before. */
class FitDamageTest {
    @TempDir
    Path dir;

    /** 10 calibrated messages of 25 samples (250 samples). */
    static byte[] good() {
        List<com.garmin.fit.Mesg> m = new ArrayList<>();
        m.add(GarminSdkAgreementTest.fileId());
        m.addAll(GarminSdkAgreementTest.accelerometer(GarminSdkAgreementTest.T0, 25, 10,
                GarminSdkAgreementTest.Values.CALIBRATED, new Random(11)));
        return GarminSdk.encode(m);
    }

    private Collected read(byte[] bytes) throws IOException {
        Path file = dir.resolve("damaged.fit");
        Files.write(file, bytes);
        Collected c = new Collected();
        FitImporter.read(file, "damaged.fit", c);
        return c;
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("damaged.fit");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void aGoodFileHasNoWarnings() throws IOException {
        Collected c = read(good());
        assertThat(c.size()).isEqualTo(250);
        assertThat(c.stats.warnings()).isEmpty();
    }

    @Test
    void aBadHeaderCrcIsAWarningAndTheDataIsRead() throws IOException {
        byte[] b = good();
        b[12] ^= 0x5A;
        Collected c = read(b);
        assertThat(c.size()).isEqualTo(250);
        assertThat(c.stats.warnings()).first().asString().startsWith("damaged.fit: header CRC at byte 12 is 0x");
        assertThat(c.stats.warnings()).hasSize(2); // the header's bytes are also under the file CRC
    }

    @Test
    void aBadFileCrcIsAWarningThatTheValuesMayBeWrong() throws IOException {
        byte[] b = good();
        b[b.length - 40] ^= 0x01; // inside the last message's values
        Collected c = read(b);
        assertThat(c.size()).isEqualTo(250);
        assertThat(c.stats.warnings()).singleElement().asString()
                .matches("damaged\\.fit: file CRC at byte \\d+ is 0x[0-9A-F]{4}, computed 0x[0-9A-F]{4}: .*");
    }

    @Test
    void aFileCutOffMidRecordKeepsTheSamplesBeforeAndNamesTheRecordAndByte() throws IOException {
        byte[] b = good();
        Collected c = read(Arrays.copyOf(b, b.length - 200));
        assertThat(c.size()).isGreaterThan(0).isLessThan(250).isEqualTo(c.size() / 25 * 25);
        assertThat(c.stats.warnings()).anySatisfy(w -> assertThat(w)
                .matches("damaged\\.fit: record \\d+: the file is cut off inside this record \\(it starts at byte "
                        + "\\d+, the file ends at byte " + (b.length - 200) + "\\); the samples before are kept"));
    }

    @Test
    void aFileCutOffBeforeItsFirstSampleIsAnImportError() throws IOException {
        byte[] b = good();
        Path file = write(Arrays.copyOf(b, 40));
        assertThatThrownBy(() -> FitImporter.read(file, "damaged.fit", new Collected()))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("damaged.fit: expected accelerometer samples: no accelerometer_data");
    }

    @Test
    void aRecordWithAnUndefinedLocalTypeEndsDecodingWithAWarning() throws IOException {
        int[][] fields = {{253, 4, 0x86}, {0, 2, 0x84}, {1, 50, 0x84}, {5, 100, 0x88}, {6, 100, 0x88}, {7, 100, 0x88}};
        FitBytes f = new FitBytes().definition(0, 165, fields, new int[0][]);
        for (int k = 0; k < 10; k++) {
            f.data(0).u32(GarminSdkAgreementTest.T0 + k).u16(0);
            for (int i = 0; i < 25; i++) {
                f.u16(i * 40);
            }
            for (int i = 0; i < 75; i++) {
                f.f32(i % 25 == 3 ? 0.5f : 1f);
            }
        }
        byte[] b = f.build();
        int record = 1 + 4 + 2 + 50 + 300;
        int at = 14 + 1 + 5 + 3 * fields.length + 9 * record; // the tenth data record
        b[at] = 0x0F; // a data message of local type 15, never defined
        Collected c = read(b);
        assertThat(c.size()).isEqualTo(225);
        assertThat(c.stats.warnings()).first().asString().isEqualTo("damaged.fit: record 11: data message at byte "
                + at + " has local type 15, which has no definition: the file is damaged here and nothing after byte "
                + at + " can be read; the samples before are kept");
    }

    @Test
    void aWrongDataSizeInTheHeaderIsAWarning() throws IOException {
        byte[] b = good();
        b[4] += 100; // declares more data than there is
        b[12] = 0;   // no header CRC, so only the size is wrong
        b[13] = 0;
        Collected c = read(b);
        assertThat(c.size()).isEqualTo(250);
        assertThat(String.join("\n", c.stats.warnings())).contains("cut off");
    }

    @Test
    void aWrongHeaderSizeIsAnImportErrorWithTheByteOffset() throws IOException {
        byte[] b = good();
        b[0] = 3;
        Path file = write(b);
        assertThatThrownBy(() -> FitImporter.read(file, "damaged.fit", new Collected()))
                .isInstanceOf(ImportException.class)
                .hasMessage("damaged.fit: byte 0: header size 3: expected a FIT header of 12 or 14 bytes; expected a"
                        + " FIT file");
    }

    @Test
    void garbageAfterAValidHeaderIsACleanErrorNeverAHang() throws IOException {
        Random random = new Random(12);
        byte[] b = good();
        for (int trial = 0; trial < 200; trial++) {
            byte[] g = Arrays.copyOf(b, 14 + random.nextInt(4000));
            for (int i = 14; i < g.length; i++) {
                g[i] = (byte) random.nextInt(256);
            }
            Path file = write(g);
            try {
                Collected c = new Collected();
                FitImporter.read(file, "damaged.fit", c);
                assertThat(c.stats.warnings()).isNotEmpty();
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith("damaged.fit: ");
            }
        }
    }

    @Test
    void flippedBytesAnywhereEndInSamplesOrACleanError() throws IOException {
        Random random = new Random(13);
        byte[] good = good();
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = good.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Path file = write(b);
            try {
                Collected c = new Collected();
                FitImporter.read(file, "damaged.fit", c);
                assertThat(c.size()).isLessThanOrEqualTo(250 * 2);
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith("damaged.fit: ");
            }
        }
    }
}
