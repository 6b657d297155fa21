package dev.plyometer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code plyometer sessions list|show|delete|clean}. */
@Command(name = "sessions",
        mixinStandardHelpOptions = true,
        description = "The sessions stored in the history.",
        subcommands = {SessionsListCommand.class, SessionsShowCommand.class, SessionsDeleteCommand.class,
                SessionsCleanCommand.class},
        footer = {"", ExitCodes.HELP})
final class SessionsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "expected a subcommand: list, show, delete or clean");
    }
}
