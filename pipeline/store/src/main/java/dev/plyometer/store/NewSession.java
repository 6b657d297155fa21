package dev.plyometer.store;

import dev.plyometer.report.SessionReport;

import java.time.Instant;

/** A session about to be stored. */
record NewSession(String sha256, String sourceName, long sourceBytes, String planSha256, String planName,
                  Instant start, boolean startGiven, SourceOptions options, SessionReport report) {
}
