package dev.plyometer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plyometer athlete add|set|show|list}. */
@Command(name = "athlete",
        mixinStandardHelpOptions = true,
        description = "Athletes in the history: their level, count unit, time zone, body mass, strength-program start "
                + "and planned sessions per week.",
        subcommands = {AthleteAddCommand.class, AthleteSetCommand.class, AthleteShowCommand.class,
                AthleteListCommand.class},
        footer = {"", ExitCodes.HELP})
final class AthleteCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a subcommand: add, set, show or list");
    }
}
