package dev.plyometer.beam;

import org.apache.beam.sdk.PipelineResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The same pipeline on Apache Flink: an embedded local Flink cluster, as a real cluster would run it. */
class FlinkRunnerTest {
    @TempDir
    Path temp;

    @Test
    void anEmbeddedFlinkClusterWritesWhatTheCliWrites() throws IOException {
        Path root = PlyometerPipelineTest.root();
        PipelineResult.State state = PlyometerPipelineTest.run("FlinkRunner",
                root + "/fixtures/sessions/squat-jumps-waist-100hz.csv", temp, root.toString(),
                "--flinkMaster=[local]", "--parallelism=2");
        assertThat(state).isEqualTo(PipelineResult.State.DONE);
        Path written = temp.resolve("sessions/sessions/squat-jumps-waist-100hz.json");
        assertThat(Files.readString(written))
                .isEqualTo(Files.readString(root.resolve("reports/squat-jumps-waist-100hz.json")));
    }
}
