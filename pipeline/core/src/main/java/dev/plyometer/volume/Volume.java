package dev.plyometer.volume;

/**
 * A session's volume against its level's range.
 *
 * @param level        the level whose range applies
 * @param unit         the unit of {@code counted}, {@code min} and {@code max}
 * @param min          lower bound of the range
 * @param max          upper bound ("under the limit" means {@code counted ≤ max})
 * @param counted      the count in {@code unit}
 * @param footContacts foot contacts (2 per two-foot landing, 1 per single-leg landing)
 * @param landings     landings (1 each)
 * @param status       below, within or over the range
 */
public record Volume(String level, String unit, int min, int max, int counted, int footContacts, int landings,
                     String status) {

    public static Volume of(Level level, CountUnit unit, int footContacts, int landings) {
        int counted = unit == CountUnit.FOOT_CONTACTS ? footContacts : landings;
        return new Volume(level.label(), unit.label(), level.min(), level.max(), counted, footContacts, landings,
                VolumeStatus.of(counted, level).label());
    }
}
