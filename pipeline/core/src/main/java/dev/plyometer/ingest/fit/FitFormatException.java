package dev.plyometer.ingest.fit;

/** The bytes are not a FIT file at all; {@code offset} is where that became clear. */
final class FitFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final long offset;

    FitFormatException(long offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }
}
