package dev.plyometer.weekly;

import java.io.Serializable;

/**
 * One set of a session, as the weekly report lists it.
 *
 * @param set       1-based set number within the session
 * @param exercise  exercise label ({@code rope-skip}, … or {@code unspecified})
 * @param intensity {@code low}, {@code moderate}, {@code high} or {@code unknown}
 * @param jumps     landings in the set
 * @param contacts  foot contacts in the set
 */
public record SetBreakdown(int set, String exercise, String intensity, int jumps, int contacts)
        implements Serializable {
}
