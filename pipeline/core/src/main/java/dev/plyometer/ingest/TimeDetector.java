package dev.plyometer.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a time column is written from the header's unit hint and a first value: epoch s/ms/µs/ns by
 * magnitude, ISO-8601 with or without zone, GENEActiv's {@code YYYY-MM-DD hh:mm:ss:mmm}, a clock time without a
 * date, or a relative clock (small numbers).
 */
final class TimeDetector {
    private TimeDetector() {
    }

    /** Epoch times in seconds are at least this (1973-03-03); relative clocks stay below it. */
    static final double MIN_EPOCH_SECONDS = 1e8;
    /** Epoch seconds beyond this (year 5138) mean the number is in a finer unit than the hint says. */
    static final double MAX_EPOCH_SECONDS = 1e11;

    private static final Pattern DATE_TIME_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d.*");
    /** GENEActiv writes a colon before the milliseconds, which no ISO parser reads. */
    private static final Pattern DATE_TIME_COLON_MS = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}:\\d{2}:\\d{1,9}");
    /** A time of day without a date (Physics Toolbox on some phones): {@code 17:23:55:464} or {@code 17:23:55.464}. */
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}(?<sep>[:.])\\d{1,9}");
    static final TimePattern COLON_MS_DATE_TIME = TimePattern.compile("yyyy-MM-dd HH:mm:ss:SSS");
    private static final TimePattern CLOCK_COLON = TimePattern.compile("HH:mm:ss:SSS");
    private static final TimePattern CLOCK_DOT = TimePattern.compile("HH:mm:ss.SSS");

    /**
     * @param encoding the encoding
     * @param note     something to tell the user, or {@code null}
     */
    record Detection(TimeEncoding encoding, String note) {
    }

    /**
     * @param token     a time value from the first data rows
     * @param hintScale nanoseconds per unit as a power of ten when the header names the unit, else {@code null}
     * @return the encoding, or {@code null} when the token is no time
     */
    static Detection detect(String token, Integer hintScale, ColumnName column) {
        String text = token.trim();
        if (DATE_TIME_COLON_MS.matcher(text).matches()) {
            return COLON_MS_DATE_TIME.parse(text.getBytes(StandardCharsets.US_ASCII), 0,
                    text.length()) == DecimalBytes.NOT_FAST ? null
                    : new Detection(TimeEncoding.pattern(COLON_MS_DATE_TIME),
                            "times in column " + column.quoted() + " have no zone; read as UTC");
        }
        Matcher clock = CLOCK_TIME.matcher(text);
        if (clock.matches()) {
            TimePattern p = clock.group("sep").equals(":") ? CLOCK_COLON : CLOCK_DOT;
            return p.parse(text.getBytes(StandardCharsets.US_ASCII), 0, text.length())
                    == DecimalBytes.NOT_FAST ? null
                    : new Detection(TimeEncoding.pattern(p), "times in column " + column.quoted() + " are clock times "
                            + "without a date (first " + text + "); the clock is relative");
        }
        if (DATE_TIME_START.matcher(text).matches()) {
            try {
                return TimeText.hasZone(text)
                        ? new Detection(TimeEncoding.ISO_ZONED, null)
                        : new Detection(TimeEncoding.ISO_LOCAL,
                                "times in column " + column.quoted() + " have no zone; read as UTC");
            } catch (RuntimeException e) {
                if (TimeText.isFailure(e)) {
                    return null;
                }
                throw e;
            }
        }
        double magnitude;
        try {
            magnitude = new BigDecimal(text).abs().doubleValue(); // only to classify; values are parsed exactly
        } catch (NumberFormatException e) {
            return null;
        }
        if (hintScale != null) {
            double seconds = magnitude * Math.pow(10, hintScale - 9);
            if (seconds < MIN_EPOCH_SECONDS) {
                return new Detection(TimeEncoding.number(hintScale, false), null);
            }
            if (seconds < MAX_EPOCH_SECONDS) {
                return new Detection(TimeEncoding.number(hintScale, true), null);
            }
        }
        int scale = magnitude >= 1e17 ? 0 : magnitude >= 1e14 ? 3 : magnitude >= 1e11 ? 6
                : magnitude >= MIN_EPOCH_SECONDS ? 9 : -1;
        TimeEncoding encoding = scale < 0 ? TimeEncoding.number(9, false) : TimeEncoding.number(scale, true);
        String note = hintScale == null ? null
                : "column " + column.quoted() + " says " + TimeEncoding.unitName(hintScale)
                        + " but its values look like " + encoding.label();
        return new Detection(encoding, note);
    }
}
