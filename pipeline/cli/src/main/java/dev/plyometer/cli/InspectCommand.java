package dev.plyometer.cli;

import dev.plyometer.config.Thresholds;
import dev.plyometer.ingest.ImportException;
import dev.plyometer.inspect.Inspection;
import dev.plyometer.inspect.InspectionText;
import dev.plyometer.inspect.Inspector;
import dev.plyometer.report.Json;
import dev.plyometer.session.AnalysisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code plyometer inspect FILE...}: what was detected in each export and how it was read, without analysing it. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
                "Reads each export as analyze would and prints what was detected: the format and why, units and why, "
                        + "gravity, the clock, sample rate, start, duration, gaps, repeated and out-of-order rows, "
                        + "clipped samples, the columns used and ignored, and warnings. Detects no jumps.",
                "Folders are searched for exports (" + Inputs.EXPORT_KINDS + "). "
                        + "A file that cannot be read is reported on stderr "
                        + "and the others are still inspected."},
        footer = {"", ExitCodes.HELP})
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "exports or folders of exports")
    List<Path> paths;

    @Mixin
    ImportMixin imports;

    @Option(names = "--range-g", paramLabel = "G", description = "the sensor's range (±g), when known; else "
            + "clipping is detected from the data")
    Double rangeG;

    @Option(names = "--json", description = "one JSON object per file, one per line, on stdout "
            + "(schema " + Inspection.SCHEMA + ")")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> files = Inputs.expand(paths);
        if (files.isEmpty()) {
            stderr.println(Inputs.noExports(paths));
            return ExitCodes.NO_INPUT;
        }
        Inspector inspector = new Inspector(imports.options(), Thresholds.DEFAULTS,
                rangeG == null ? Double.NaN : rangeG);
        int failed = 0;
        for (Path file : files) {
            try {
                Inspection inspection = inspector.inspect(file, file.toString());
                stdout.print(json ? Json.line(inspection) + "\n" : InspectionText.render(inspection));
            } catch (ImportException | AnalysisException e) {
                failed++;
                stderr.println("plyometer: error: " + e.getMessage());
            }
            stdout.flush();
        }
        if (failed > 0) {
            stderr.println("plyometer: " + failed + " of " + files.size() + " file(s) failed");
            return ExitCodes.SOME_FILES_FAILED;
        }
        return ExitCodes.OK;
    }
}
