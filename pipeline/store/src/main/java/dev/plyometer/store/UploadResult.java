package dev.plyometer.store;

import dev.plyometer.report.SessionReport;

/** What happened to one uploaded file. */
public sealed interface UploadResult {
    /** The file as given. */
    String file();

    /** Analysed and stored as a new session. */
    record Stored(String file, StoredSession session, SessionReport report) implements UploadResult {
    }

    /** The same bytes are stored for this athlete already; nothing changed. */
    record AlreadyStored(String file, StoredSession session) implements UploadResult {
    }

    /** Not stored; {@code message} says why (starting with the file name). */
    record Failed(String file, String message) implements UploadResult {
    }
}
