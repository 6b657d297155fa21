/**
 * The Garmin FIT family: a focused streaming decoder of native {@code .fit} files ({@link
 * dev.plyometer.ingest.fit.FitImporter}), and what every FIT-derived reader shares: one {@code accelerometer_data}
 * message ({@link dev.plyometer.ingest.fit.AccelMessage}), the 3-D calibration applied as Garmin's SDK does it
 * ({@link dev.plyometer.ingest.fit.FitCalibration}), system time and {@code timestamp_correlation}
 * ({@link dev.plyometer.ingest.fit.FitTime}, {@link dev.plyometer.ingest.fit.FitCorrelation}), and the conversion of
 * messages to samples ({@link dev.plyometer.ingest.fit.FitSampleWriter}). Text dialects hand their messages over as
 * {@link dev.plyometer.ingest.fit.TextMessage}s.
 */
package dev.plyometer.ingest.fit;
