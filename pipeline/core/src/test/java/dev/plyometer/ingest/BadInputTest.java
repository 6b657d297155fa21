package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not accelerometer CSVs, or broken ones: one clear line each, never a hang or a heap blow-up. */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void refusesBinaryWithANulByte() throws IOException {
        byte[] bytes = "timestamp,ax,ay,az\n1,2,3,4\n".getBytes(StandardCharsets.US_ASCII);
        bytes[20] = 0;
        assertBothFail(write("nul.csv", bytes), "nul.csv: not a text CSV: found a NUL byte at offset 20 in the first KiB");
    }

    @Test
    void refusesInvalidUtf8() throws IOException {
        byte[] bytes = new byte[2000];
        new java.util.Random(3).nextBytes(bytes);
        bytes[0] = 't';
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        assertBothFail(write("random.csv", bytes), "random.csv: not a text CSV: the first KiB is not valid UTF-8 text");
    }

    @Test
    void namesFitFilesAndUtf16() throws IOException {
        byte[] fit = Arrays.copyOf("\u000e\u0020\u005d\u0052\u0000\u0000\u0000\u0000.FIT".getBytes(StandardCharsets.ISO_8859_1), 40);
        assertBothFail(write("activity.fit", fit), "activity.fit: not a text CSV: this is a FIT file");
        byte[] utf16 = "\uFEFFtimestamp,ax,ay,az\n".getBytes(StandardCharsets.UTF_16BE);
        assertBothFail(write("utf16.csv", utf16),
                "utf16.csv: not a UTF-8 text CSV: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void refusesAnAbsurdlyLongLineWithItsNumber() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,ax,ay,az\n");
        for (int i = 0; i < 5000; i++) {
            s.append(1709287200000L + 10 * i).append(",0.0,0.0,1.0\n");
        }
        s.append("1709287250000,0.0,0.0,1.0,").append("9".repeat(100_000)).append('\n');
        s.append("1709287250010,0.0,0.0,1.0\n");
        assertBothFail(write("long-line.csv", s.toString().getBytes(StandardCharsets.US_ASCII)),
                "long-line.csv:5002: line longer than 65,536 characters; expected one CSV row per line");
    }

    @Test
    void refusesAFileWithoutLineBreaksEarly() throws IOException {
        byte[] bytes = new byte[3_000_000];
        Arrays.fill(bytes, (byte) '1');
        assertBothFail(write("one-line.csv", bytes),
                "one-line.csv:1: line longer than 65,536 characters; expected one CSV row per line");
    }

    @Test
    void boundsAnUnclosedQuoteInsteadOfReadingTheRestOfTheFileAsOneValue() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,ax,ay,az,note\n");
        for (int i = 0; i < 100; i++) {
            s.append(1709287200000L + 10 * i).append(",0.0,0.0,1.0,ok\n");
        }
        s.append("1709287201000,0.0,0.0,1.0,\"oops\n");
        for (int i = 0; i < 20_000; i++) {
            s.append(1709287201010L + 10 * i).append(",0.0,0.0,1.0,ok\n");
        }
        assertBothFail(write("quote.csv", s.toString().getBytes(StandardCharsets.US_ASCII)),
                "quote.csv:102: a quoted value runs past 65,536 characters; expected a closing quote");
    }

    @Test
    void failsWhenMoreThanATenthOfTheFirstThousandRowsAreBad() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,ax,ay,az\n");
        for (int i = 0; i < 3000; i++) {
            s.append(1709287200000L + 10 * i).append(i % 8 == 0 ? ",bad,0.0,1.0\n" : ",0.0,0.0,1.0\n");
        }
        // Row 801 (line 802) is the 101st bad one.
        assertBothFail(write("bad.csv", s.toString().getBytes(StandardCharsets.US_ASCII)),
                "bad.csv:802: more than 100 of the first 1,000 rows cannot be read (first: line 2: column \"ax\": "
                        + "expected a number, found \"bad\"); is this the right file and format?");
    }

    @Test
    void capsWarningsAtTwentyPlusACount() throws IOException {
        StringBuilder s = new StringBuilder("timestamp,ax,ay,az\n");
        for (int i = 0; i < 3000; i++) {
            s.append(1709287200000L + 10 * i).append(i % 100 == 7 ? ",0.0,,1.0\n" : ",0.0,0.0,1.0\n");
        }
        Path file = write("capped.csv", s.toString().getBytes(StandardCharsets.US_ASCII));
        Outcome fast = Outcome.fast(file, ImportOptions.DEFAULTS);
        Outcome.assertIdentical(fast, Outcome.general(file, ImportOptions.DEFAULTS), "capped");
        assertThat(fast.stats.skippedRows()).isEqualTo(30);
        assertThat(fast.stats.warnings()).hasSize(21);
        assertThat(fast.stats.warnings().get(0)).isEqualTo("capped.csv:9: column \"ay\": expected a number, found \"\"");
        assertThat(fast.stats.warnings().get(20)).isEqualTo("capped.csv: 10 more rows skipped; the first 20 are listed above");
    }

    @Test
    void unknownUnitOptionIsAnImportError() throws IOException {
        Path file = write("u.csv", "timestamp,ax,ay,az\n1709287200000,0,0,1\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> CsvImporter.read(file, "u.csv", new ImportOptions(0, "furlongs", false), new Outcome()))
                .isInstanceOf(ImportException.class)
                .hasMessage("u.csv: unknown units \"furlongs\"; expected g, milli-g or m/s2");
    }

    @Test
    void missingFileIsAnImportError() {
        assertThatThrownBy(() -> CsvImporter.read(dir.resolve("nope.csv"), "nope.csv", ImportOptions.DEFAULTS,
                new Outcome()))
                .isInstanceOf(ImportException.class)
                .hasMessage("nope.csv: no such file");
    }

    @Test
    void readsFromAnInputStreamLikeFromAFile() throws IOException {
        byte[] bytes = "timestamp,ax,ay,az\r\n1709287200000,0,0,1\r\n1709287200010,0,0,1\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        Outcome viaStream = new Outcome();
        ImportStats stats = CsvImporter.read(new ByteArrayInputStream(bytes), "stream.csv", ImportOptions.DEFAULTS,
                viaStream);
        assertThat(stats.samples()).isEqualTo(2);
        assertThat(stats.bytes()).isEqualTo(bytes.length);
        Outcome.assertIdentical(viaStream, Outcome.fast(write("stream.csv", bytes), ImportOptions.DEFAULTS), "stream");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertBothFail(Path file, String message) {
        assertThat(Outcome.fast(file, ImportOptions.DEFAULTS).error).as("fast").isEqualTo(message);
        assertThat(Outcome.general(file, ImportOptions.DEFAULTS).error).as("general").isEqualTo(message);
    }
}
