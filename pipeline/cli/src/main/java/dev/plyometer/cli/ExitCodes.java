package dev.plyometer.cli;

/** Exit codes of every plyometer command; {@code --help} lists them. */
public final class ExitCodes {
    /** Everything worked (for {@code check}: volume within or below the range). */
    public static final int OK = 0;
    /** A bug: an unexpected error with a stack trace. */
    public static final int INTERNAL = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** No input files were found. */
    public static final int NO_INPUT = 3;
    /** At least one input file could not be read or analysed; the others were. */
    public static final int SOME_FILES_FAILED = 4;
    /** {@code check}: the volume is over the limit (not an error: the check worked, and the answer is "over"). */
    public static final int OVER_LIMIT = 5;
    /** {@code check}: there is nothing to check (no such athlete, no session, or a week without sessions). */
    public static final int NOTHING_TO_CHECK = 6;
    /** {@code validate}: at least one accuracy target was missed. */
    public static final int TARGETS_MISSED = 7;
    /** The history (the data folder's database or files) could not be read or written; it is as it was. */
    public static final int HISTORY_FAILED = 8;

    static final String HELP = """
            Exit codes:
              0  ok
              1  internal error (a bug: please report it)
              2  usage error
              3  no input files found
              4  some files failed (the others were processed), or a report file could not be written
              5  check: over the limit
              6  check: nothing to check
              7  validate: an accuracy target was missed
              8  the history could not be read or written (nothing was changed)""";

    private ExitCodes() {
    }
}
