package dev.plyometer.beam;

import dev.plyometer.ingest.ExportReader;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import dev.plyometer.weekly.SessionSummary;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The plyometer analysis as an Apache Beam pipeline: match the exports, analyse each one with the core (the same code
 * as {@code plyometer analyze}), write one session JSON per export, group the sessions by athlete into the weekly
 * report per ISO week (the same code as {@code plyometer weekly}), and list the files that failed. It runs on any
 * Beam runner: the DirectRunner on one machine, the FlinkRunner on a Flink cluster.
 */
public final class PlyometerPipeline {
    private PlyometerPipeline() {
    }

    public static void main(String[] args) {
        PlyometerOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(PlyometerOptions.class);
        PipelineResult.State state = build(options).run().waitUntilFinish();
        System.err.println("plyometer-beam: " + state);
        System.exit(state == PipelineResult.State.DONE ? 0 : 1);
    }

    /** The pipeline for {@code options}, not yet run. */
    public static Pipeline build(PlyometerOptions options) {
        Pipeline pipeline = Pipeline.create(options);
        Athletes athletes = Athletes.from(options);
        PCollectionTuple analysed = pipeline
                .apply("MatchExports", FileIO.match().filepattern(options.getInput()))
                .apply("SkipPlansAndTruth", Filter.by(
                        (MatchResult.Metadata m) -> !ExportReader.isCompanionFile(m.resourceId().getFilename())))
                .apply("ReadMatches", FileIO.readMatches())
                .apply("Analyze", ParDo.of(new AnalyzeFn(athletes, options.getBaseDir()))
                        .withOutputTags(AnalyzeFn.SESSIONS, TupleTagList.of(AnalyzeFn.FAILURES)
                                .and(AnalyzeFn.NOTES).and(AnalyzeFn.SUMMARIES)));
        PCollection<KV<String, String>> sessions = analysed.get(AnalyzeFn.SESSIONS);
        sessions.apply("WriteSessions", ParDo.of(new WriteFn(options.getOutput(), "sessions")));
        analysed.get(AnalyzeFn.SUMMARIES)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SessionSummary.class)))
                .apply("ByAthlete", GroupByKey.create())
                .apply("Weekly", ParDo.of(new WeeklyFn(athletes)))
                .apply("WriteWeekly", ParDo.of(new WriteFn(options.getOutput(), "weekly")));
        analysed.get(AnalyzeFn.FAILURES)
                .apply("WriteFailures", TextIO.write().to(options.getOutput() + "/failures").withSuffix(".txt")
                        .withoutSharding());
        analysed.get(AnalyzeFn.NOTES)
                .apply("WriteNotes", TextIO.write().to(options.getOutput() + "/notes").withSuffix(".txt")
                        .withoutSharding());
        return pipeline;
    }
}
