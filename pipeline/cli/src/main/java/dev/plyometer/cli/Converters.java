package dev.plyometer.cli;

import dev.plyometer.volume.CountUnit;
import dev.plyometer.volume.Exercise;
import dev.plyometer.volume.Level;
import dev.plyometer.volume.Stance;
import picocli.CommandLine;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** picocli converters, so a wrong value is a usage error that names the accepted values. */
final class Converters {
    private Converters() {
    }

    static final class LevelConverter implements CommandLine.ITypeConverter<Level> {
        @Override
        public Level convert(String value) {
            return wrap(() -> Level.parse(value));
        }
    }

    static final class UnitConverter implements CommandLine.ITypeConverter<CountUnit> {
        @Override
        public CountUnit convert(String value) {
            return wrap(() -> CountUnit.parse(value));
        }
    }

    static final class StanceConverter implements CommandLine.ITypeConverter<Stance> {
        @Override
        public Stance convert(String value) {
            return wrap(() -> Stance.parse(value));
        }
    }

    static final class ExerciseConverter implements CommandLine.ITypeConverter<Exercise> {
        @Override
        public Exercise convert(String value) {
            return wrap(() -> Exercise.parse(value));
        }
    }

    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected an ISO-8601 time such as "
                        + "2026-01-01T00:00:00Z, found \"" + value + "\"");
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return wrap(() -> dev.plyometer.ingest.Formats.require(value));
        }
    }

    /** The names {@code --format} accepts, for its help text. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return dev.plyometer.ingest.Formats.known().iterator();
        }
    }

    private static <T> T wrap(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
