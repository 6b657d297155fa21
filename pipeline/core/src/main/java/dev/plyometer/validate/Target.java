package dev.plyometer.validate;

/**
 * An accuracy target and whether the fixtures meet it.
 *
 * @param name     what is measured, over which fixtures
 * @param goal     the target, in words and numbers
 * @param measured the measured value, in words and numbers
 * @param met      whether the target is met
 */
public record Target(String name, String goal, String measured, boolean met) {
}
