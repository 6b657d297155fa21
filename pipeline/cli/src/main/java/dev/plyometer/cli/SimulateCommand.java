package dev.plyometer.cli;

import dev.plyometer.simulate.FixtureCatalog;
import dev.plyometer.simulate.HistoryCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code plyometer simulate}: regenerates the fixture sessions with their truth, deterministically. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        description = {"Writes the simulated fixture sessions (exports, truth files and plans) to DIR. The same "
                + "version writes the same bytes, so the committed fixtures can be checked and regenerated."},
        footer = {"", ExitCodes.HELP})
final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "fixtures/sessions",
            description = "where to write; default ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--seed-offset", paramLabel = "N", defaultValue = "0",
            description = "move every seed by N: the same kinds of session with other jumps, rests, noise and "
                    + "orientations (held-out data for validate); default ${DEFAULT-VALUE}, the committed fixtures")
    long seedOffset;

    @Option(names = "--history", description = "write the multi-week history of two athletes instead (into "
            + "fixtures/history unless --out says otherwise)")
    boolean history;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (history) {
            Path dir = spec.commandLine().getParseResult().hasMatchedOption("--out") ? out
                    : Path.of(HistoryCatalog.DEFAULT_DIR);
            HistoryCatalog.writeAll(dir);
            spec.commandLine().getErr().println("plyometer: wrote the multi-week history to " + dir);
            return ExitCodes.OK;
        }
        FixtureCatalog.writeAll(out, seedOffset);
        spec.commandLine().getErr().println("plyometer: wrote the fixture sessions to " + out);
        return ExitCodes.OK;
    }
}
