package io.articleingest.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A command line parsed against its {@link CommandSpec}: flags, option values, operands. */
public final class Arguments {

    private final Map<String, List<String>> values;
    private final List<String> operands;

    Arguments(Map<String, List<String>> values, List<String> operands) {
        this.values = Map.copyOf(values);
        this.operands = List.copyOf(operands);
    }

    /** Whether a flag or option was given. */
    public boolean has(String option) {
        return values.containsKey(option);
    }

    /** The value of an option (the last one when repeated). */
    public Optional<String> value(String option) {
        List<String> given = values.get(option);
        return given == null ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    public String value(String option, String fallback) {
        return value(option).orElse(fallback);
    }

    /** Every value given to a repeated option, in order. */
    public List<String> values(String option) {
        return values.getOrDefault(option, List.of());
    }

    /**
     * The value converted; a value the conversion refuses (by throwing) is a usage error naming
     * the option and what it expects.
     */
    public <T> Optional<T> value(String option, String expected, Function<String, T> convert) {
        Optional<String> raw = value(option);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(convert.apply(raw.get()));
        } catch (RuntimeException e) {
            throw new UsageException(option + " takes " + expected + ", got '" + raw.get() + "'");
        }
    }

    /** A whole number of at least 1. */
    public int positiveInt(String option, int fallback) {
        return value(option, "a whole number of at least 1", v -> {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new IllegalArgumentException();
            }
            return n;
        }).orElse(fallback);
    }

    public Optional<LocalDate> date(String option) {
        return value(option, "a date YYYY-MM-DD", v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    public List<String> operands() {
        return operands;
    }

    public List<Path> operandPaths() {
        return operands.stream().map(Path::of).toList();
    }
}
