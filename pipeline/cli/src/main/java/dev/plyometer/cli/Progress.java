package dev.plyometer.cli;

import java.io.PrintWriter;

/**
 * A batch's progress on stderr for a person at a terminal: one line, rewritten in place while a file is being
 * analysed and cleared before its results are printed, so it never mixes with them. Silent when the console is not
 * a terminal (a pipe, a file, CI) or when there is only one file.
 */
final class Progress {
    /** Longer lines are cut from the left, keeping the end of the file name. */
    static final int MAX_WIDTH = 100;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private int shown;

    Progress(PrintWriter err, boolean enabled, int total) {
        this.err = err;
        this.enabled = enabled && total > 1;
        this.total = total;
    }

    /** Progress when stderr belongs to an interactive terminal, as {@link System#console()} tells. */
    static Progress onTerminal(PrintWriter err, int total) {
        return new Progress(err, System.console() != null, total);
    }

    /** Shows that the {@code index}-th file (from 0) is being worked on. */
    void working(int index, String name) {
        if (!enabled) {
            return;
        }
        String line = "[" + (index + 1) + "/" + total + "] " + name;
        if (line.length() > MAX_WIDTH) {
            line = "…" + line.substring(line.length() - MAX_WIDTH + 1);
        }
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = line.length();
    }

    /** Removes the progress line, before anything else is printed. */
    void clear() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }
}
