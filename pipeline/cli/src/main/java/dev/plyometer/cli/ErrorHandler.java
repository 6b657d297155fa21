package dev.plyometer.cli;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.session.AnalysisException;
import dev.plyometer.store.NotFoundException;
import dev.plyometer.store.StoreException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Turns failures into one clear line on stderr and a named exit code, never a stack trace for bad input. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof ImportException || e instanceof AnalysisException || e instanceof UncheckedIOException) {
            err.println("plyometer: error: " + e.getMessage());
            return ExitCodes.SOME_FILES_FAILED;
        }
        if (e instanceof StoreException) {
            err.println("plyometer: error: " + e.getMessage());
            return ExitCodes.HISTORY_FAILED;
        }
        if (e instanceof IllegalArgumentException || e instanceof NotFoundException) {
            err.println("plyometer: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("plyometer: internal error (please report it): " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("plyometer: error: " + e.getMessage());
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }
}
