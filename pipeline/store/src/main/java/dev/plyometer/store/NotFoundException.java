package dev.plyometer.store;

/** The athlete or session named on the command line is not in the history; the message says what to try. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
