package dev.plyometer.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data folder: {@code plyometer.db} (SQLite), {@code sources/} (every uploaded export and plan, named by the
 * SHA-256 of its bytes) and {@code tmp/} (copies being written; a leftover after a crash is harmless).
 *
 * @param root the folder
 */
public record DataDir(Path root) {
    /** The environment variable that names the data folder when {@code --data} is not given. */
    public static final String ENV = "PLYOMETER_HOME";
    /** The folder under the user's home used when neither {@code --data} nor {@value #ENV} is given. */
    public static final String DEFAULT_NAME = ".plyometer";

    /** {@code option}, else {@code env} when set, else {@code ~/.plyometer}. */
    public static DataDir resolve(Path option, String env, String userHome) {
        if (option != null) {
            return new DataDir(option);
        }
        if (env != null && !env.isBlank()) {
            return new DataDir(Path.of(env));
        }
        return new DataDir(Path.of(userHome, DEFAULT_NAME));
    }

    public Path database() {
        return root.resolve("plyometer.db");
    }

    public Path sources() {
        return root.resolve("sources");
    }

    public Path tmp() {
        return root.resolve("tmp");
    }

    /** Creates the folders on first use. */
    void create() {
        try {
            Files.createDirectories(sources());
            Files.createDirectories(tmp());
        } catch (IOException e) {
            throw new StoreException(root.toString(), "cannot create the data folder: " + e.getMessage(), e);
        }
    }
}
