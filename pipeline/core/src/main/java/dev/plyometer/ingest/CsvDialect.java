package dev.plyometer.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV exports the importer recognises by content (header text, header blocks, value shapes; never the file
 * extension). The label is what {@link SourceInfo#format()} reports and what {@code --format} accepts.
 */
public enum CsvDialect {
    GENERIC("csv-generic", "a header naming a time column and x, y, z axes"),
    PHYPHOX("phyphox", "phyphox \"Acceleration (with g)\": \"Time (s)\",\"Acceleration x (m/s^2)\",…"),
    SENSOR_LOGGER("sensor-logger", "Sensor Logger TotalAcceleration.csv: time,seconds_elapsed,z,y,x"),
    SENSORLOG("sensorlog", "SensorLog (iOS) wide CSV: loggingTime(txt),…,accelerometerAccelerationX(G),…"),
    PHYSICS_TOOLBOX("physics-toolbox", "Physics Toolbox g-force meter: time,gFx,gFy,gFz,TgF (or gFTotal)"),
    POLAR_SENSOR_LOGGER("polar-sensor-logger",
            "Polar Sensor Logger ACC: Phone timestamp;sensor timestamp [ns];X [mg];Y [mg];Z [mg]"),
    METABASE("metabase", "MbientLab MetaBase: epoc (ms),timestamp (+hhmm),elapsed (s),x-axis (g),…"),
    METABASE_NEW("metabase-new", "MbientLab MetaBase (2021+): Epoch,X,Y,Z with epoch seconds"),
    ACTIGRAPH_RAW("actigraph-raw", "ActiGraph ActiLife RAW CSV: a 10-line \"Data File Created By ActiGraph\" block"),
    AXIVITY_OMGUI("axivity-omgui", "Axivity OmGui raw export: no header, YYYY-MM-DD hh:mm:ss.fff,x,y,z"),
    GENEACTIV("geneactiv", "GENEActiv CSV: a 100-line header with Device Type,GENEActiv; hh:mm:ss:mmm times");

    private final String label;
    private final String description;

    CsvDialect(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    /** One line for help texts: what the export looks like. */
    public String description() {
        return description;
    }

    /** The dialect with this label, or {@code null}. */
    public static CsvDialect byLabel(String label) {
        for (CsvDialect d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        return null;
    }

    public static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (CsvDialect d : values()) {
            labels.add(d.label);
        }
        return List.copyOf(labels);
    }
}
