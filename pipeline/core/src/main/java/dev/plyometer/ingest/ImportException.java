package dev.plyometer.ingest;

/**
 * The source cannot be read. The message starts with {@code file:line:} (or {@code file:} when no line applies)
 * and says what was expected, so that it can be printed as one line.
 */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    public ImportException(String file, long line, String message) {
        super(format(file, line, message));
        this.file = file;
        this.line = line;
    }

    public ImportException(String file, long line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    private static String format(String file, long line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the error is about the file as a whole. */
    public long line() {
        return line;
    }
}
