package dev.plyometer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code plyometer} as a real separate JVM on the test class path, so that it can be killed with SIGKILL
 * ({@link Process#destroyForcibly()}) or run beside another one.
 */
final class Subprocess {
    private final Process process;
    private final StringBuffer err = new StringBuffer();
    private final StringBuffer out = new StringBuffer();
    private final CountDownLatch marker = new CountDownLatch(1);
    private final Thread errReader;
    private final Thread outReader;

    private Subprocess(Process process, String awaited) {
        this.process = process;
        this.errReader = drain(process, true, err, awaited);
        this.outReader = drain(process, false, out, null);
    }

    /**
     * @param pauseInTransactionMs the upload's test pause (0 for none)
     * @param awaited              a stderr fragment {@link #awaitMarker} waits for, or {@code null}
     */
    static Subprocess start(long pauseInTransactionMs, String awaited, String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath));
        if (pauseInTransactionMs > 0) {
            command.add("-Dplyometer.test.pauseInTransactionMs=" + pauseInTransactionMs);
        }
        command.add("dev.plyometer.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(Cli.root().toFile());
        pb.environment().remove("PLYOMETER_HOME");
        return new Subprocess(pb.start(), awaited);
    }

    private Thread drain(Process p, boolean stderr, StringBuffer into, String awaited) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    stderr ? p.getErrorStream() : p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    into.append(line).append('\n');
                    if (awaited != null && line.contains(awaited)) {
                        marker.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process was killed: its pipes close
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits until stderr shows the awaited fragment; false when the process ended or the time ran out first. */
    boolean awaitMarker(long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < end) {
            if (marker.await(20, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                return marker.getCount() == 0;
            }
        }
        return false;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hooks, no finally blocks, no flushing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("plyometer did not finish in " + timeoutSeconds + " s; stderr:\n" + err);
        }
        errReader.join(5000);
        outReader.join(5000);
        return process.exitValue();
    }

    String err() {
        return err.toString();
    }

    String out() {
        return out.toString();
    }
}
