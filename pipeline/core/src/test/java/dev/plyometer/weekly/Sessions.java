package dev.plyometer.weekly;

import java.time.Instant;
import java.util.List;

/** Builds session summaries for the weekly tests. */
final class Sessions {
    private Sessions() {
    }

    static SessionSummary session(long id, String startUtc, SetBreakdown... sets) {
        int contacts = 0;
        int landings = 0;
        for (SetBreakdown s : sets) {
            contacts += s.contacts();
            landings += s.jumps();
        }
        String status = contacts > 100 ? "over" : contacts < 80 ? "below" : "within";
        return new SessionSummary("ana", id, Instant.parse(startUtc), contacts, landings, status, List.of(sets));
    }

    static SetBreakdown rope(int skips) {
        return new SetBreakdown(1, "rope-skip", "low", skips, 2 * skips);
    }

    static SetBreakdown squat(int jumps) {
        return new SetBreakdown(2, "squat-jump", "moderate", jumps, 2 * jumps);
    }

    static SetBreakdown hops(int hops) {
        return new SetBreakdown(3, "single-leg-hop", "high", hops, hops);
    }
}
