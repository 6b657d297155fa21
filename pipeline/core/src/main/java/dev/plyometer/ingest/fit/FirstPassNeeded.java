package dev.plyometer.ingest.fit;

/**
 * Thrown by a reader's first message when it needs a calibration or correlation that may come later in the file
 * (see {@link FitSampleWriter#needsFirstPass}): the reader collects them in a first pass, then starts again.
 * Carries no stack trace; it is control flow, never shown to a user.
 */
public final class FirstPassNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FirstPassNeeded() {
        super("a first pass for calibration and correlation messages is needed", null, false, false);
    }
}
