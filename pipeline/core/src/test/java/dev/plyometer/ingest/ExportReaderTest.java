package dev.plyometer.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void recognisesFitByItsSignatureWhateverTheExtension() throws IOException {
        byte[] header = {14, 0x10, 0, 0, 0, 0, 0, 0, '.', 'F', 'I', 'T', 0, 0};
        assertThat(ExportReader.sniff(write("watch.csv", header), "watch.csv")).isEqualTo(ExportReader.Family.FIT);
    }

    @Test
    void recognisesJsonAfterABomAndWhitespace() throws IOException {
        byte[] bytes = ("\uFEFF \n{\"accelerometerDataMesgs\": []}").getBytes(StandardCharsets.UTF_8);
        assertThat(ExportReader.sniff(write("x.txt", bytes), "x.txt")).isEqualTo(ExportReader.Family.JSON);
    }

    @Test
    void everythingElseIsText() throws IOException {
        Path file = write("a.json", "timestamp,x,y,z\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ExportReader.sniff(file, "a.json")).isEqualTo(ExportReader.Family.TEXT);
    }

    @Test
    void aMissingFileIsAnImportErrorNamingIt() {
        assertThatThrownBy(() -> ExportReader.read(dir.resolve("gone.csv"), "gone.csv", ImportOptions.DEFAULTS, null))
                .isInstanceOf(ImportException.class).hasMessage("gone.csv: no such file");
    }
}
