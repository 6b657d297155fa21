package dev.plyometer.store;

/**
 * The history cannot be read or written: the database or the data folder failed. The message starts with the file
 * concerned and says what went wrong; a failed write leaves the history as it was.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String where, String message) {
        super(where + ": " + message);
    }

    public StoreException(String where, String message, Throwable cause) {
        super(where + ": " + message, cause);
    }
}
