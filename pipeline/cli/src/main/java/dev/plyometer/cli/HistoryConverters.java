package dev.plyometer.cli;

import dev.plyometer.weekly.IsoWeek;
import picocli.CommandLine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** picocli converters for the history's options: a wrong value is a usage error naming what was expected. */
final class HistoryConverters {
    private HistoryConverters() {
    }

    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.trim());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("unknown time zone \"" + value
                        + "\": expected a zone id such as Europe/Berlin, America/New_York or UTC");
            }
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("\"" + value + "\": expected a date such as 2026-11-16");
            }
        }
    }

    static final class WeekConverter implements CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            try {
                return IsoWeek.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A week given as {@code 2026-W47} or as any date in it ({@code 2026-11-18}). */
    static final class WeekOrDateConverter implements CommandLine.ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            if (value.contains("W") || value.contains("w")) {
                return new WeekConverter().convert(value.toUpperCase(java.util.Locale.ROOT));
            }
            return IsoWeek.of(new DateConverter().convert(value));
        }
    }
}
