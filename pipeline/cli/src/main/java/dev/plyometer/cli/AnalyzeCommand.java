package dev.plyometer.cli;

import dev.plyometer.batch.BatchAnalyzer;
import dev.plyometer.report.Json;
import dev.plyometer.report.SessionReport;
import dev.plyometer.report.TextSummary;
import dev.plyometer.session.SessionAnalyzer;
import dev.plyometer.signal.EnvelopeRecorder;
import dev.plyometer.signal.MagnitudeTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code plyometer analyze FILE...}: one session report per export. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
                "Finds every jump in each export, counts landings and foot contacts, groups them into sets, measures "
                        + "each landing and compares the volume with the level's range.",
                "Folders are searched for exports (" + Inputs.EXPORT_KINDS + "). "
                        + "A bad file is reported on stderr and the others "
                        + "are still analysed."},
        footer = {"", ExitCodes.HELP})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "exports or folders of exports")
    List<Path> paths;

    @Mixin
    AnalysisMixin analysis;

    @Option(names = "--json", description = "one JSON object per file, one per line, on stdout "
            + "(schema plyometer.session/1)")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "also write, per input, NAME.html (the report with "
            + "charts), NAME.json, NAME.md, NAME.jumps.csv and NAME.sets.csv to DIR")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "files analysed at once; the "
            + "results keep the input order and equal a single-threaded run; default 0: one thread per core")
    int threads;

    @Option(names = "--generated-at", paramLabel = "TIME", converter = Converters.InstantConverter.class,
            description = "the time HTML reports say they were generated at (ISO-8601, e.g. 2026-01-01T00:00:00Z); "
                    + "default now. Fix it for byte-identical reports")
    Instant generatedAt;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads: expected 0 (one per core) or more");
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<Path> files = Inputs.expand(paths);
        if (files.isEmpty()) {
            stderr.println(Inputs.noExports(paths));
            return ExitCodes.NO_INPUT;
        }
        int[] failed = {0};
        Set<String> written = new HashSet<>();
        Instant at = generatedAt != null ? generatedAt : Instant.now();
        Progress progress = Progress.onTerminal(stderr, files.size());
        progress.working(0, files.get(0).toString());
        new BatchAnalyzer(workers).run(files, file -> {
            EnvelopeRecorder envelope = out != null ? new EnvelopeRecorder() : null;
            SessionReport report = new SessionAnalyzer(analysis.forFile(file)).analyze(file, file.toString(), envelope);
            return new Analysed(report, envelope == null ? null : envelope.trace());
        }, new BatchAnalyzer.Receiver<Analysed>() {
            @Override
            public void analysed(int index, Path file, Analysed result) {
                progress.clear();
                stdout.print(json ? Json.line(result.report()) + "\n" : TextSummary.render(result.report()));
                if (out != null) {
                    write(result.report(), result.trace(), uniqueName(Inputs.baseName(file), written), at);
                }
                stdout.flush();
                next(index);
            }

            @Override
            public void failed(int index, Path file, RuntimeException error) {
                progress.clear();
                failed[0]++;
                stderr.println("plyometer: error: " + error.getMessage());
                next(index);
            }

            private void next(int index) {
                if (index + 1 < files.size()) {
                    progress.working(index + 1, files.get(index + 1).toString());
                }
            }
        });
        if (out != null) {
            stderr.println("plyometer: wrote " + written.size() + " report(s) to " + out);
        }
        if (failed[0] > 0) {
            stderr.println("plyometer: " + failed[0] + " of " + files.size() + " file(s) failed");
            return ExitCodes.SOME_FILES_FAILED;
        }
        return ExitCodes.OK;
    }

    /** One file's report and, when reports are written, the trace the HTML plots. */
    private record Analysed(SessionReport report, MagnitudeTrace trace) {
    }

    private void write(SessionReport report, MagnitudeTrace trace, String name, Instant at) {
        try {
            SessionFiles.write(out, name, report, trace, at);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write the report: " + e.getMessage(), e);
        }
    }

    /** Two inputs with the same name in different folders get {@code name-2}, {@code name-3}, … in input order. */
    private static String uniqueName(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
