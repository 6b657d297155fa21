package dev.plyometer.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The reference time parser, on text: {@link BigDecimal} for numbers, {@code java.time} for ISO-8601. The general
 * reader uses it for every row; the fast reader uses it for whatever its byte parsers leave alone. Slow but
 * obviously right, which is what the fast parsers are tested against.
 *
 * <p>Every method throws {@link NumberFormatException}, {@link ArithmeticException} (out of range) or
 * {@link DateTimeException} when the text is not a time; see {@link #isFailure}.
 */
final class TimeText {
    private TimeText() {
    }

    /**
     * ISO-8601 date and time ({@code T} or a space between them), optional fraction of up to 9 digits, optional
     * space, optional zone {@code Z}, {@code ±hh:mm}, {@code ±hhmm} or {@code ±hh}.
     */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    static long parse(String text, TimeEncoding encoding) {
        return switch (encoding.kind()) {
            case ISO -> isoNanos(text);
            case PATTERN -> encoding.pattern().parse(text);
            default -> numberNanos(text, encoding.scale());
        };
    }

    /** {@code round(value * 10^scale)}, half away from zero, exactly. */
    static long numberNanos(String text, int scale) {
        BigDecimal v = new BigDecimal(text.trim()).scaleByPowerOfTen(scale); // not movePointRight: it expands
        // Decide by magnitude first: rescaling "1e999999999" exactly would build a number with a billion digits.
        int integerDigits = v.precision() - v.scale();
        if (v.signum() == 0) {
            return 0;
        }
        if (integerDigits > 19) {
            throw new ArithmeticException("out of range: " + text);
        }
        if (integerDigits < 0) {
            return 0; // |v| < 0.1
        }
        return v.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Nanoseconds since the epoch; a time without zone is read as UTC. */
    static long isoNanos(String text) {
        TemporalAccessor t = ISO.parse(withT(text.trim()));
        long seconds;
        int nanos;
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            OffsetDateTime time = OffsetDateTime.from(t);
            seconds = time.toEpochSecond();
            nanos = time.getNano();
        } else {
            LocalDateTime time = LocalDateTime.from(t);
            seconds = time.toEpochSecond(ZoneOffset.UTC);
            nanos = time.getNano();
        }
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
    }

    /** True when the text is an ISO-8601 date-time with a zone; throws like {@link #isoNanos} when it is none. */
    static boolean hasZone(String text) {
        return ISO.parse(withT(text.trim())).isSupported(ChronoField.OFFSET_SECONDS);
    }

    static boolean isFailure(RuntimeException e) {
        return e instanceof NumberFormatException || e instanceof ArithmeticException
                || e instanceof DateTimeException;
    }

    private static String withT(String s) {
        return s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    }
}
