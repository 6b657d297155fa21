package dev.plyometer.cli;

import dev.plyometer.report.Json;
import dev.plyometer.session.AnalysisOptions;
import dev.plyometer.validate.ValidationReport;
import dev.plyometer.validate.ValidationTable;
import dev.plyometer.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code plyometer validate DIR}: accuracy on fixtures with known truth. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
                "Runs the whole pipeline on every export that has a truth file (NAME.truth.json) under DIR and prints "
                        + "measured accuracy: landings found and missed, precision, recall, contacts, sets, flight-time,"
                        + " impact-peak and RFD errors, and whether each accuracy target is met."},
        footer = {"", ExitCodes.HELP})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "folder with exports and their truth files, e.g. fixtures/")
    Path dir;

    @Option(names = "--json", description = "the results as one JSON object")
    boolean json;

    @Option(names = "--markdown", description = "the results as Markdown tables (as in the README)")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir) || Validator.truthFiles(dir).isEmpty()) {
            spec.commandLine().getErr().println("plyometer: error: " + dir
                    + ": expected a folder with NAME.truth.json files beside their exports");
            return ExitCodes.NO_INPUT;
        }
        ValidationReport report = new Validator(AnalysisOptions.DEFAULTS).validate(dir);
        String text = json ? Json.line(report) + "\n"
                : markdown ? ValidationTable.markdown(report) : ValidationTable.text(report);
        spec.commandLine().getOut().print(text);
        return report.allTargetsMet() ? ExitCodes.OK : ExitCodes.TARGETS_MISSED;
    }
}
