/**
 * Inspect: what an export holds and how it was read (dialect, units, gravity, clock, rate, gaps, repeats, order,
 * clipping, columns), through the same import and conditioning as the analysis, without detecting jumps.
 */
package dev.plyometer.inspect;
