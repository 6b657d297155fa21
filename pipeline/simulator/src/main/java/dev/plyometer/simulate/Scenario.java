package dev.plyometer.simulate;

/** What happens in a session, in order: played on a {@link SessionBuilder}. */
@FunctionalInterface
public interface Scenario {
    void play(SessionBuilder session);
}
