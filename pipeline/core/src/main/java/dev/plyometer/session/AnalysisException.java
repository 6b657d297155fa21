package dev.plyometer.session;

/** The file was read but cannot be analysed; the message starts with {@code file:} and says why. */
public final class AnalysisException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AnalysisException(String file, String message) {
        super(file + ": " + message);
    }
}
