/**
 * Simulate: plyometric training sessions with known truth, written as accelerometer exports.
 *
 * <p>A session is a {@link dev.plyometer.simulate.Scenario} played on a {@link dev.plyometer.simulate.SessionBuilder}:
 * a contiguous timeline of movement phases (standing, walking, running, take-offs, flights, landings, step-downs,
 * arm swings), each a closed-form, physically consistent model of the vertical and horizontal specific force at the
 * body's centre of mass and at the sensor. The timeline is point-sampled at the export's sample times by a simulated
 * sensor (orientation, bias, scale error, noise, clipping) and streamed to a CSV writer, with the session's
 * {@link dev.plyometer.validate.Truth} beside it.
 *
 * <p>Entry points: {@link dev.plyometer.simulate.FixtureCatalog#writeAll(java.nio.file.Path)} regenerates the
 * committed fixtures; {@link dev.plyometer.simulate.SessionExport#write(dev.plyometer.simulate.FixtureSpec, java.nio.file.Path)}
 * writes one session; {@link dev.plyometer.simulate.BenchmarkExport#write(java.nio.file.Path, long, long)} streams a
 * large benchmark file. Everything is deterministic from the seed: {@code SplittableRandom} streams, {@code StrictMath}
 * for every model function, and locale-free number formatting.
 */
package dev.plyometer.simulate;
