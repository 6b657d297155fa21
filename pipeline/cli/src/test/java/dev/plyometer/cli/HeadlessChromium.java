package dev.plyometer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by its own headless flags: loads a page from disk with no network, runs its scripts
 * under a virtual time budget, and gives back the DOM afterwards, the page's console messages (Chromium logs every
 * console message and uncaught error as a {@code CONSOLE} line on stderr), or a screenshot.
 */
final class HeadlessChromium {
    static final Path DEFAULT_BINARY = Paths.get("/usr/bin/chromium");
    static final long TIMEOUT_S = 120;
    static final int VIRTUAL_TIME_BUDGET_MS = 3000;

    /** What one page load gave. */
    record Page(String dom, List<String> console, String log) {
    }

    private final Path binary;
    private final Path work;

    HeadlessChromium(Path work) {
        String override = System.getenv("PLYOMETER_CHROMIUM");
        this.binary = override != null ? Paths.get(override) : DEFAULT_BINARY;
        this.work = work;
    }

    boolean available() {
        return Files.isExecutable(binary);
    }

    Path binary() {
        return binary;
    }

    /** Loads the page and returns its DOM after the scripts ran, with the console messages. */
    Page load(String url) {
        return run(url, "--dump-dom");
    }

    /** Loads the page and writes a screenshot of a {@code width}×{@code height} window to {@code png}. */
    Page screenshot(String url, Path png, int width, int height) {
        return run(url, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
    }

    private Page run(String url, String... extra) {
        try {
            Path profile = Files.createTempDirectory(work, "profile");
            Path out = work.resolve(profile.getFileName() + ".out");
            Path err = work.resolve(profile.getFileName() + ".err");
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--enable-logging=stderr", "--v=0", "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MS));
            command.addAll(List.of(extra));
            command.add(url);
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("chromium did not finish within " + TIMEOUT_S + " s: " + url);
            }
            String log = Files.readString(err, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("chromium exited with " + process.exitValue() + " on " + url + ":\n"
                        + log);
            }
            List<String> console = log.lines().filter(l -> l.contains(":CONSOLE")).toList();
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            deleteTree(profile);
            return new Page(dom, console, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
