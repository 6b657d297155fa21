package dev.plyometer.cli;

import dev.plyometer.report.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code plyometer}: plyometric foot contacts, jumps and landing loads from accelerometer exports. */
@Command(name = "plyometer",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Counts plyometric jumps and foot contacts in accelerometer exports, measures each landing, "
                + "and compares the session's volume with the limits for the athlete's level.",
        subcommands = {
                AnalyzeCommand.class,
                InspectCommand.class,
                ValidateCommand.class,
                SimulateCommand.class,
                BenchCommand.class,
                AthleteCommand.class,
                UploadCommand.class,
                SessionsCommand.class,
                ReanalyzeCommand.class,
                WeeklyCommand.class,
                CheckCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", ExitCodes.HELP})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code. Used by {@link #main} and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::usage);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.TOOL};
        }
    }
}
