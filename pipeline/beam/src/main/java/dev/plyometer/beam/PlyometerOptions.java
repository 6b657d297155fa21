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

    @Description("Output folder: sessions/ATHLETE/NAME.json, and failures.txt listing what could not be read")
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

    @Description("Reports name each file by its path relative to this folder (as the CLI names it by the path it was "
            + "given); empty: the full path")
    @Default.String("")
    String getBaseDir();

    void setBaseDir(String value);
}
