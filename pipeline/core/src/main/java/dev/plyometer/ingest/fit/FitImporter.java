package dev.plyometer.ingest.fit;

import dev.plyometer.ingest.ImportException;
import dev.plyometer.ingest.ImportStats;
import dev.plyometer.ingest.SampleSink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a native Garmin {@code .fit} file's {@code accelerometer_data} and streams its samples, in g, to a
 * {@link SampleSink} ({@code SourceInfo.format()} {@code fit}). One pass in the usual case; a file whose first
 * accelerometer message needs a calibration or a {@code timestamp_correlation} that comes later is read twice: first
 * for those messages only, then for the samples. Either way memory does not grow with the file.
 *
 * @see FitDecoder for what is decoded and how damage is handled
 */
public final class FitImporter {
    public static final String FORMAT = "fit";

    private FitImporter() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws ImportException when the file is not FIT, or holds no readable accelerometer sample; the message names
     *                         the file and the byte offset or record
     */
    public static ImportStats read(Path file, String displayName, SampleSink sink) {
        return FirstPassNeeded.readInOneOrTwoPasses(context -> pass(file, displayName, context, sink),
                found -> collect(file, displayName, found));
    }

    private static ImportStats pass(Path file, String displayName, FitContext context, SampleSink sink) {
        FitSampleWriter writer = new FitSampleWriter(displayName, FORMAT, false, context, sink);
        FitDecoder.Summary summary = decode(file, displayName, new FitDecoder.Listener() {
            @Override
            public void accelerometer(AccelMessage message, long record) {
                if (writer.needsFirstPass(message)) {
                    throw new FirstPassNeeded();
                }
                writer.accept(message, record);
            }

            @Override
            public void calibration(FitCalibration calibration, long record) {
                context.addCalibration(calibration);
            }

            @Override
            public void correlation(FitCorrelation correlation, long record) {
                context.addCorrelation(correlation);
            }

            @Override
            public void device(String description) {
                writer.note(description);
            }

            @Override
            public void warning(long record, String problem) {
                writer.warn(record, problem);
            }
        });
        return writer.finish(summary.bytes());
    }

    /** The first pass: calibrations and correlations only. */
    private static void collect(Path file, String displayName, FitContext into) {
        decode(file, displayName, new FitDecoder.Listener() {
            @Override
            public void accelerometer(AccelMessage message, long record) {
            }

            @Override
            public void calibration(FitCalibration calibration, long record) {
                into.addCalibration(calibration);
            }

            @Override
            public void correlation(FitCorrelation correlation, long record) {
                into.addCorrelation(correlation);
            }

            @Override
            public void device(String description) {
            }

            @Override
            public void warning(long record, String problem) {
            }
        });
    }

    private static FitDecoder.Summary decode(Path file, String displayName, FitDecoder.Listener listener) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FitDecoder(in, Files.size(file), listener).decode();
        } catch (FitFormatException e) {
            throw new ImportException(displayName, 0, "byte " + e.offset + ": " + e.getMessage()
                    + "; expected a FIT file");
        } catch (NoSuchFileException e) {
            throw new ImportException(displayName, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(displayName, 0, "permission denied");
        } catch (IOException e) {
            throw new ImportException(displayName, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
