package dev.plyometer.ingest.fit;

import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleBlock;
import dev.plyometer.ingest.SampleSink;
import dev.plyometer.ingest.SourceInfo;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything, for tests on small files. */
public final class Collected implements SampleSink {
    public SourceInfo info;
    public ImportStats stats;
    public final List<Long> times = new ArrayList<>();
    public final List<double[]> values = new ArrayList<>();

    @Override
    public void begin(SourceInfo info) {
        this.info = info;
    }

    @Override
    public void accept(SampleBlock block) {
        for (int i = 0; i < block.size(); i++) {
            times.add(block.timeNanos[i]);
            values.add(new double[] {block.x[i], block.y[i], block.z[i]});
        }
    }

    @Override
    public void end(ImportStats stats) {
        this.stats = stats;
    }

    public int size() {
        return times.size();
    }
}
