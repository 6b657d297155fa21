package dev.plyometer.simulate;

import java.time.Instant;
import java.util.Objects;

/**
 * One simulated session and how it is exported.
 *
 * @param name          file stem: {@code NAME.csv} (or .fit, .json), {@code NAME.truth.json}, {@code NAME.plan.csv}
 * @param seed          every random detail follows from it
 * @param description   the exercise mix, one line for people (goes into the truth)
 * @param location      where the sensor is worn
 * @param sampleRateHz  25, 50, 100 or 200 (any rate whose period is a whole number of nanoseconds)
 * @param sensor        range, noise, bias, scale error, orientation
 * @param format        time encoding, units, headers, delimiter
 * @param imperfections export faults, or {@link Imperfections#NONE}
 * @param start         wall-clock time of the first row
 * @param scenario      what the athlete does
 * @param fit           {@code null} for a CSV export as {@code format} says; else the FIT or FIT-derived export
 *                      ({@code format} and {@code imperfections} are then not used)
 */
public record FixtureSpec(String name, long seed, String description, Location location, double sampleRateHz,
                          SensorSpec sensor, ExportFormat format, Imperfections imperfections, Instant start,
                          Scenario scenario, FitExport fit) {
    /** A CSV export. */
    public FixtureSpec(String name, long seed, String description, Location location, double sampleRateHz,
                       SensorSpec sensor, ExportFormat format, Imperfections imperfections, Instant start,
                       Scenario scenario) {
        this(name, seed, description, location, sampleRateHz, sensor, format, imperfections, start, scenario, null);
    }

    public FixtureSpec {
        Objects.requireNonNull(scenario, "scenario");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("fixture names are lower-case words joined by '-': " + name);
        }
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRateHz);
        }
    }

    /** The export's file name: {@code NAME.csv}, or {@code NAME.fit}/{@code .json}/{@code .csv} for FIT exports. */
    public String exportFile() {
        return name + (fit == null ? ".csv" : fit.extension());
    }

    /** How the export is written, for the fixture table. */
    public String describeFormat() {
        return fit == null ? format.describe() : fit.describe();
    }

    public String truthFile() {
        return name + ".truth.json";
    }

    public String planFile() {
        return name + ".plan.csv";
    }
}
