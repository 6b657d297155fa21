package dev.plyometer.simulate;

import dev.plyometer.volume.Exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Small sessions with fixed seeds for the tests. */
final class TestSessions {
    private TestSessions() {
    }

    static SimulatedSession play(Location location, long seed, Consumer<SessionBuilder> scenario) {
        SessionBuilder b = new SessionBuilder(location, Rng.stream(seed, SessionExport.STRUCTURE), 0);
        scenario.accept(b);
        return b.build();
    }

    /** A noise-free-by-default sensor: truth is measured on {@link SensorModel#trueVector} anyway. */
    static SensorModel sensor(Location location, long seed) {
        return new SensorModel(location, SensorSpec.typical(16), Rng.stream(seed, SessionExport.SENSOR),
                Rng.stream(seed, SessionExport.NOISE));
    }

    /** Every exercise, two sets each, with a short stand between. */
    static SimulatedSession everyExercise(Location location, long seed) {
        return play(location, seed, b -> {
            b.stand(3);
            for (Exercise e : Exercise.values()) {
                if (e == Exercise.UNSPECIFIED) {
                    continue;
                }
                int reps = e == Exercise.ROPE_SKIP || e == Exercise.POGO ? 12 : (e == Exercise.DEPTH_JUMP ? 3 : 5);
                b.set(e, reps).stand(4).set(e, reps).stand(4);
            }
        });
    }

    static <T extends Phase> List<T> phases(SimulatedSession s, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Phase p : s.timeline().phases()) {
            if (type.isInstance(p)) {
                out.add(type.cast(p));
            }
        }
        return out;
    }

    /** The phase right after {@code p} on the timeline, or null. */
    static Phase next(SimulatedSession s, Phase p) {
        List<Phase> all = s.timeline().phases();
        int i = all.indexOf(p);
        return i + 1 < all.size() ? all.get(i + 1) : null;
    }

    static Phase previous(SimulatedSession s, Phase p) {
        List<Phase> all = s.timeline().phases();
        int i = all.indexOf(p);
        return i > 0 ? all.get(i - 1) : null;
    }

    /** ∫(F_vertical − 1)·g dt over a phase at the centre of mass (midpoint rule, 10 µs): the velocity change, m/s. */
    static double verticalVelocityChange(Phase p) {
        double[] v = new double[3];
        double dt = 1e-5;
        int n = (int) Math.round(p.duration() / dt);
        double step = p.duration() / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p.com(p.start + (i + 0.5) * step, v);
            sum += (v[0] - 1) * step;
        }
        return sum * Shapes.G;
    }

    /**
     * The repository root: system property {@code plyometer.root} (set by surefire) when it holds {@code fixtures/},
     * else the nearest folder above the working directory that does.
     */
    static Path repositoryRoot() {
        String property = System.getProperty("plyometer.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "fixtures"))) {
            return Path.of(property);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("fixtures")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder holding fixtures/ above " + Path.of("").toAbsolutePath());
    }
}
