package dev.plyometer.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Writes sampled rows as a FIT or FIT-derived export ({@link FitExport}): groups them into messages and encodes. */
final class FitExportWriter implements RowSink, Closeable {
    private final FitMessageGrouper grouper;
    private final FitFileWriter fit;
    private final FitJsonWriter json;
    private final FitCsvToolWriter csv;
    private long rows;

    FitExportWriter(Path file, FitExport export, long startEpochNanos) throws IOException {
        FitMessageGrouper.Target target;
        switch (export.container()) {
            case FIT -> {
                fit = new FitFileWriter(file, export, startEpochNanos);
                json = null;
                csv = null;
                target = fit;
            }
            case FITCSVTOOL, FITCSVTOOL_DATA -> {
                fit = null;
                json = null;
                csv = new FitCsvToolWriter(file, export, startEpochNanos);
                target = csv;
            }
            default -> {
                fit = null;
                csv = null;
                json = new FitJsonWriter(file, export, startEpochNanos);
                target = json;
            }
        }
        grouper = new FitMessageGrouper(export, startEpochNanos, target);
    }

    @Override
    public void row(long tNanos, double xG, double yG, double zG) throws IOException {
        grouper.row(tNanos, xG, yG, zG);
        rows++;
    }

    @Override
    public void finish() throws IOException {
        grouper.finish();
    }

    long rowsWritten() {
        return rows;
    }

    /** Bytes written so far (a FIT file's CRC included). */
    long bytesWritten() throws IOException {
        return fit != null ? fit.bytes() : json != null ? json.bytes() : csv.bytes();
    }

    @Override
    public void close() throws IOException {
        if (fit != null) {
            fit.close();
        } else if (json != null) {
            json.close();
        } else {
            csv.close();
        }
    }
}
