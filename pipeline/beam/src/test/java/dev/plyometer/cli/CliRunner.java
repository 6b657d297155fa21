package dev.plyometer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the plyometer command line in-process from the Beam tests (Main.run is package-visible API for tests). */
public final class CliRunner {
    private CliRunner() {
    }

    /** Runs {@code args}; returns stdout, or throws with stderr when the exit code is not 0. */
    public static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("plyometer " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }
}
