package dev.plyometer.simulate;

import dev.plyometer.ingest.CsvDialect;
import java.io.Writer;

/** The writer for each export format: the generic CSV, or an app's or device's own dialect. */
final class ExportWriters {
    private ExportWriters() {
    }

    /**
     * @param startEpochNanos wall-clock time of the first row, UTC nanoseconds since the epoch
     * @param rateHz          the sample rate, for formats whose header states it
     */
    static ExportWriter create(Writer out, ExportFormat format, long startEpochNanos, double rateHz) {
        int local = format.localOffsetMinutes();
        return switch (format.dialect()) {
            case GENERIC -> new CsvExportWriter(out, format, startEpochNanos);
            case PHYPHOX -> new PhyphoxWriter(out, startEpochNanos, local, rateHz);
            case SENSOR_LOGGER -> new SensorLoggerWriter(out, startEpochNanos, local, rateHz);
            case SENSORLOG -> new SensorLogWriter(out, startEpochNanos, local, rateHz);
            case PHYSICS_TOOLBOX -> new PhysicsToolboxWriter(out, startEpochNanos, local, rateHz);
            case POLAR_SENSOR_LOGGER -> new PolarWriter(out, startEpochNanos, local, rateHz);
            case METABASE -> new MetaBaseWriter(out, startEpochNanos, local, rateHz, true);
            case METABASE_NEW -> new MetaBaseWriter(out, startEpochNanos, local, rateHz, false);
            case ACTIGRAPH_RAW -> new ActiGraphWriter(out, startEpochNanos, local, rateHz);
            case AXIVITY_OMGUI -> new AxivityWriter(out, startEpochNanos, local, rateHz);
            case GENEACTIV -> new GeneActivWriter(out, startEpochNanos, local, rateHz);
        };
    }

    /** The fixture table's "encoding, units" cell for a dialect. */
    static String describe(CsvDialect dialect) {
        return switch (dialect) {
            case GENERIC -> "generic";
            case PHYPHOX -> "phyphox: quoted header, s since start, m/s2 in scientific notation";
            case SENSOR_LOGGER -> "sensor-logger: time,seconds_elapsed,z,y,x; epoch ns; m/s2";
            case SENSORLOG -> "sensorlog: wide CSV, logging time + s since reboot, g (iOS signs), user acceleration "
                    + "and gravity columns";
            case PHYSICS_TOOLBOX -> "physics-toolbox: 4-name header over 5-value rows, hh:mm:ss:SSS clock, repeated "
                    + "timestamps, g";
            case POLAR_SENSOR_LOGGER -> "polar-sensor-logger: ';', phone time + sensor ns clock, integer milli-g";
            case METABASE -> "metabase: epoc (ms), local timestamp, elapsed (s), g";
            case METABASE_NEW -> "metabase-new: Epoch,X,Y,Z, epoch s, g";
            case ACTIGRAPH_RAW -> "actigraph-raw: 10-line header block, start + rate (no time column), g";
            case AXIVITY_OMGUI -> "axivity-omgui: no header, local date-time, raw 1/256 g";
            case GENEACTIV -> "geneactiv: 100-line header, hh:mm:ss:mmm local time, g, light, button, temperature";
        };
    }
}
