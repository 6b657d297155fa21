package dev.plyometer.simulate;

/**
 * Faults of real exports, optional per fixture. Placed by the seed; gaps never cover a landing (±1 s), so every
 * landing in the truth is in the data; no fault touches the first rows.
 *
 * @param droppedBursts number of gaps of 0.2–2 s (rows missing)
 * @param duplicateRows number of rows written twice, byte for byte
 * @param jitterMs      each timestamp after the first is off by a uniform ±jitterMs (the samples are still taken at
 *                      the true times; only the written clock wobbles)
 * @param swappedPairs  number of neighbouring rows written in the wrong order
 */
public record Imperfections(int droppedBursts, int duplicateRows, double jitterMs, int swappedPairs) {
    public static final Imperfections NONE = new Imperfections(0, 0, 0, 0);

    public Imperfections {
        if (droppedBursts < 0 || duplicateRows < 0 || jitterMs < 0 || swappedPairs < 0) {
            throw new IllegalArgumentException("imperfection counts must not be negative");
        }
    }

    public boolean any() {
        return droppedBursts > 0 || duplicateRows > 0 || jitterMs > 0 || swappedPairs > 0;
    }

    /** For the fixture table, for example {@code 3 gaps, 4 dups, ±1.5 ms jitter, 2 swaps}, or {@code none}. */
    public String describe() {
        if (!any()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        if (droppedBursts > 0) {
            s.append(droppedBursts).append(droppedBursts == 1 ? " gap" : " gaps");
        }
        if (duplicateRows > 0) {
            s.append(s.length() > 0 ? ", " : "").append(duplicateRows).append(" duplicate rows");
        }
        if (jitterMs > 0) {
            s.append(s.length() > 0 ? ", " : "").append("±").append(java.math.BigDecimal.valueOf(jitterMs)
                    .stripTrailingZeros().toPlainString()).append(" ms jitter");
        }
        if (swappedPairs > 0) {
            s.append(s.length() > 0 ? ", " : "").append(swappedPairs).append(swappedPairs == 1 ? " swapped pair"
                    : " swapped pairs");
        }
        return s.toString();
    }
}
