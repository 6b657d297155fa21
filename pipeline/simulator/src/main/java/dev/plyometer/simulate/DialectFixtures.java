package dev.plyometer.simulate;

import static dev.plyometer.volume.Exercise.COUNTERMOVEMENT_JUMP;
import static dev.plyometer.volume.Exercise.POGO;

import dev.plyometer.ingest.CsvDialect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One short session (5 countermovement jumps, a rest, 10 pogo jumps) written once in every CSV dialect the importer
 * reads. All share one seed, so the sensor signal, the truth and therefore the jumps to find are the same whatever
 * the format: what differs is only how each app or device writes it (units, resolution, clock, layout).
 */
final class DialectFixtures {
    /** The seed every dialect fixture shares, on purpose. */
    static final long SEED = 1101;
    private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

    private DialectFixtures() {
    }

    /** {@code format-<dialect>-waist-100hz}, for every {@link CsvDialect}. */
    static String name(CsvDialect dialect) {
        return "format-" + dialect.label() + "-waist-100hz";
    }

    static List<FixtureSpec> all() {
        List<FixtureSpec> specs = new ArrayList<>();
        for (CsvDialect dialect : CsvDialect.values()) {
            specs.add(new FixtureSpec(name(dialect), SEED,
                    "5 countermovement jumps and 10 pogo jumps, the same session in every CSV dialect; this one as "
                            + dialect.label(),
                    Location.WAIST, 100, SensorSpec.typical(8), ExportFormat.of(dialect), Imperfections.NONE, START,
                    b -> b.stand(8).walk(6).stand(4).set(COUNTERMOVEMENT_JUMP, 5).rest(45).set(POGO, 10).stand(4)));
        }
        return List.copyOf(specs);
    }
}
