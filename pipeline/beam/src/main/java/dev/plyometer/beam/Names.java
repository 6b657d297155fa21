package dev.plyometer.beam;

import org.apache.beam.sdk.io.fs.ResourceId;

/** How the pipeline names athletes and outputs, from an export's location. */
final class Names {
    private Names() {
    }

    /** {@code ATHLETE/NAME}: the export's folder names its athlete, its file name without extension the session. */
    static String sessionKey(ResourceId export) {
        String file = export.getFilename();
        int dot = file.lastIndexOf('.');
        String name = dot > 0 ? file.substring(0, dot) : file;
        return athlete(export) + "/" + name;
    }

    /** The athlete an export belongs to: the name of the folder holding it. */
    static String athlete(ResourceId export) {
        String athlete = export.getCurrentDirectory().getFilename();
        if (athlete == null || athlete.isEmpty()) {
            athlete = "unknown";
        }
        return athlete.replace('/', '_');
    }
}
