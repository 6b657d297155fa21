package dev.plyometer.report;

/**
 * @param jumps            counted landings (same as {@code landings}; kept for readers of the contract)
 * @param contacts         foot contacts (2 per two-foot landing, 1 per single-leg landing)
 * @param landings         counted landings
 * @param sets             sets found
 * @param rejectedStrides  landings recognised as running strides and not counted
 * @param shortFlights     other flights shorter than {@code minFlightS}, not counted
 */
public record Totals(int jumps, int contacts, int landings, int sets, int rejectedStrides, int shortFlights) {
}
