package dev.plyometer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Everything one import produced (or its error), collected from a sink, for tests to compare. */
final class Outcome implements SampleSink {
    SourceInfo info;
    ImportStats stats;
    String error;
    int blocks;
    long[] time = new long[256];
    double[] x = new double[256];
    double[] y = new double[256];
    double[] z = new double[256];
    long[] line = new long[256];
    int size;

    static Outcome read(Path file, ImportOptions options) {
        Outcome outcome = new Outcome();
        try {
            CsvImporter.read(file, file.getFileName().toString(), options, outcome);
        } catch (ImportException e) {
            outcome.error = e.getMessage();
        }
        return outcome;
    }

    static Outcome fast(Path file, ImportOptions options) {
        return read(file, options.withForceGeneral(false));
    }

    static Outcome general(Path file, ImportOptions options) {
        return read(file, options.withForceGeneral(true));
    }

    @Override
    public void begin(SourceInfo sourceInfo) {
        assertThat(info).as("begin is called once").isNull();
        info = sourceInfo;
    }

    @Override
    public void accept(SampleBlock block) {
        assertThat(info).as("begin comes before the first block").isNotNull();
        assertThat(block.size()).isPositive();
        blocks++;
        if (size + block.size() > time.length) {
            int capacity = Math.max(time.length * 2, size + block.size());
            time = Arrays.copyOf(time, capacity);
            x = Arrays.copyOf(x, capacity);
            y = Arrays.copyOf(y, capacity);
            z = Arrays.copyOf(z, capacity);
            line = Arrays.copyOf(line, capacity);
        }
        System.arraycopy(block.timeNanos, 0, time, size, block.size());
        System.arraycopy(block.x, 0, x, size, block.size());
        System.arraycopy(block.y, 0, y, size, block.size());
        System.arraycopy(block.z, 0, z, size, block.size());
        System.arraycopy(block.line, 0, line, size, block.size());
        size += block.size();
    }

    @Override
    public void end(ImportStats importStats) {
        stats = importStats;
    }

    /** The notes without the reader choice, which is the one thing the two readers may report differently. */
    List<String> notesWithoutParser() {
        List<String> notes = new ArrayList<>(info.notes());
        notes.removeIf(n -> n.startsWith("parser: "));
        return notes;
    }

    String parser() {
        return info.notes().stream().filter(n -> n.startsWith("parser: ")).findFirst().orElse("?");
    }

    /** Asserts both imports gave the same samples (bit for bit), lines, counts, warnings and source description. */
    static void assertIdentical(Outcome a, Outcome b, String what) {
        assertThat(a.error).as(what + ": error").isEqualTo(b.error);
        if (a.error != null) {
            return;
        }
        assertThat(a.size).as(what + ": samples").isEqualTo(b.size);
        for (int i = 0; i < a.size; i++) {
            if (a.time[i] != b.time[i] || bits(a.x[i]) != bits(b.x[i]) || bits(a.y[i]) != bits(b.y[i])
                    || bits(a.z[i]) != bits(b.z[i]) || a.line[i] != b.line[i]) {
                throw new AssertionError(what + ": sample " + i + " differs: " + a.describe(i) + " vs " + b.describe(i));
            }
        }
        assertThat(a.stats.rows()).as(what + ": rows").isEqualTo(b.stats.rows());
        assertThat(a.stats.skippedRows()).as(what + ": skipped").isEqualTo(b.stats.skippedRows());
        assertThat(a.stats.bytes()).as(what + ": bytes").isEqualTo(b.stats.bytes());
        assertThat(a.stats.warnings()).as(what + ": warnings").isEqualTo(b.stats.warnings());
        assertThat(a.info.timeEncoding()).isEqualTo(b.info.timeEncoding());
        assertThat(a.info.start()).isEqualTo(b.info.start());
        assertThat(a.info.units()).isEqualTo(b.info.units());
        assertThat(a.info.unitsEvidence()).isEqualTo(b.info.unitsEvidence());
        assertThat(a.notesWithoutParser()).isEqualTo(b.notesWithoutParser());
    }

    String describe(int i) {
        return "t=" + time[i] + " x=" + x[i] + " y=" + y[i] + " z=" + z[i] + " line=" + line[i];
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
