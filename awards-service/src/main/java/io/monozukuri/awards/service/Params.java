package io.monozukuri.awards.service;

import io.monozukuri.commons.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Parses query parameters, answering 400 problems that name the parameter. */
public final class Params {

    private Params() {}

    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badRequest(parameter, "must be one of " + allowed);
        }
    }

    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(parameter, "must be a date YYYY-MM-DD");
        }
    }

    public static Integer integer(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(parameter, "must be a whole number between " + min + " and " + max);
    }

    public static UUID uuid(String parameter, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badRequest(parameter, "must be a UUID");
        }
    }

    /** A UUID when the value looks like one, else null. */
    public static UUID uuidOrNull(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
