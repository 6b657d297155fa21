/**
 * Import: reads an export (CSV in every dialect of {@link dev.plyometer.ingest.CsvDialect}, recognised by content)
 * and streams its samples, in g, to a {@link dev.plyometer.ingest.SampleSink}.
 * Sorting, de-duplication, sample-rate and gap analysis happen downstream, in {@code dev.plyometer.signal}.
 */
package dev.plyometer.ingest;
