package dev.plyometer.cli;

import dev.plyometer.store.DataDir;
import dev.plyometer.store.History;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR}: where the history is kept, for every command that uses it. */
final class DataMixin {
    @Option(names = "--data", paramLabel = "DIR", description = "the data folder (database and kept exports); "
            + "default $" + DataDir.ENV + ", else ~/" + DataDir.DEFAULT_NAME + "; created on first use")
    Path data;

    DataDir dir() {
        return DataDir.resolve(data, System.getenv(DataDir.ENV), System.getProperty("user.home"));
    }

    History open() {
        return History.open(dir());
    }
}
