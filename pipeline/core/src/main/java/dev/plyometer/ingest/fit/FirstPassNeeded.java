package dev.plyometer.ingest.fit;

import dev.plyometer.ingest.ImportStats;

import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * How every FIT-family reader reads a file: in one pass, or, when a sample needs a calibration or correlation
     * that comes later, a first pass that {@code collect}s them and a second that {@code read}s with them.
     */
    public static ImportStats readInOneOrTwoPasses(Function<FitContext, ImportStats> read,
                                                   Consumer<FitContext> collect) {
        try {
            return read.apply(new FitContext());
        } catch (FirstPassNeeded e) {
            FitContext found = new FitContext();
            collect.accept(found);
            return read.apply(FitContext.complete(found));
        }
    }
}
