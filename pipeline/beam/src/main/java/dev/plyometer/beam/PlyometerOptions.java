package dev.plyometer.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Command-line options of the Beam pipeline ({@code --input=… --output=…} plus any runner's options). */
public interface PlyometerOptions extends PipelineOptions {

    @Description("Exports to analyse: a file pattern on any Beam filesystem, e.g. /archive/*/*.csv or gs://b/**.csv. "
            + "The folder holding each export names its athlete.")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Output folder: sessions/ATHLETE/NAME.json, weekly/ATHLETE.json, failures.txt listing what could "
            + "not be read, and notes.txt listing sessions left out of the weekly report (no date)")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Training level whose range the volume is compared with: beginner, intermediate or advanced")
    @Default.String("beginner")
    String getLevel();

    void setLevel(String value);

    @Description("Unit the limit is counted in: foot-contacts or landings")
    @Default.String("foot-contacts")
    String getCount();

    void setCount(String value);

    @Description("Athletes' settings for the weekly step (level, unit, time zone, strength start, sessions per week): "
            + "a JSON array, or an object with an \"athletes\" array; athletes not in it get --level, --count and "
            + "--defaultTimeZone")
    @Default.String("")
    String getAthletes();

    void setAthletes(String value);

    @Description("Time zone for athletes the --athletes file does not name: it decides their dates and ISO weeks")
    @Default.String("UTC")
    String getDefaultTimeZone();

    void setDefaultTimeZone(String value);

    @Description("Reports name each file by its path relative to this folder (as the CLI names it by the path it was "
            + "given); empty: the full path")
    @Default.String("")
    String getBaseDir();

    void setBaseDir(String value);
}
