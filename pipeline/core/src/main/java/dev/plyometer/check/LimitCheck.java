package dev.plyometer.check;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Level;
import dev.plyometer.volume.VolumeStatus;

import java.util.Locale;

/**
 * Did a session's jump volume stay under the limit? "Under the limit" means counted ≤ the level's upper bound;
 * below the lower bound is reported as {@code below}, not as a failure. The count comes with its uncertainty band
 * from the detector's measured accuracy, and {@code certain} says whether the whole band is on the same side of the
 * limit as the count: 101 counted against 100 with a band of 99.9–102.1 is over, but not certainly.
 *
 * @param status       {@code below}, {@code within} or {@code over}
 * @param counted      the count in {@code unit}
 * @param min          lower bound of the level's range
 * @param max          upper bound: the limit
 * @param unit         {@code foot-contacts} or {@code landings}
 * @param level        the level whose range applies
 * @param footContacts foot contacts counted
 * @param landings     landings counted
 * @param certain      whether the band lies wholly on the count's side of the limit
 * @param band         the plausible range of the true count
 */
public record LimitCheck(String status, int counted, int min, int max, String unit, String level, int footContacts,
                         int landings, boolean certain, CountBand band) {

    public static LimitCheck of(int footContacts, int landings, Level level, CountUnit unit,
                                DetectorAccuracy accuracy) {
        int counted = unit == CountUnit.FOOT_CONTACTS ? footContacts : landings;
        VolumeStatus status = VolumeStatus.of(counted, level);
        CountBand band = CountBand.of(counted, accuracy);
        boolean certain = status == VolumeStatus.OVER ? band.low() > level.max() : band.high() <= level.max();
        return new LimitCheck(status.label(), counted, level.min(), level.max(), unit.label(), level.label(),
                footContacts, landings, certain, band);
    }

    public boolean over() {
        return VolumeStatus.OVER.label().equals(status);
    }

    /** One line: {@code 101 foot-contacts: over the beginner limit of 100 (…)}. */
    public String sentence() {
        String head = switch (status) {
            case "over" -> String.format(Locale.ROOT, "%d %s: over the %s limit of %d", counted, unit, level, max);
            case "within" -> String.format(Locale.ROOT, "%d %s: within the %s range (%d–%d), under the limit",
                    counted, unit, level, min, max);
            default -> String.format(Locale.ROOT, "%d %s: below the %s range (%d–%d), under the limit", counted, unit,
                    level, min, max);
        };
        if (certain) {
            return head;
        }
        return head + String.format(Locale.ROOT, "; uncertain: with the detector's measured precision and recall the"
                + " true count is %.1f–%.1f (%.0f %% bounds), which %s the limit", band.low(), band.high(),
                band.confidence() * 100, over() ? "reaches back under" : "reaches over");
    }
}
