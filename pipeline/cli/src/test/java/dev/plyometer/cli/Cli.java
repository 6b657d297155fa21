package dev.plyometer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }

    /** The repository root: surefire runs this module's tests there (see the module's pom), as the README does. */
    static Path root() {
        Path root = Paths.get("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("fixtures"))) {
            throw new IllegalStateException("run the CLI tests from the repository root (surefire does): " + root);
        }
        return root;
    }

    static Path sessions() {
        return root().resolve("fixtures/sessions");
    }
}
