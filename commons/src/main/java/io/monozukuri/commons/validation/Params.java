package io.monozukuri.commons.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** Reads query parameters that {@link Param} has checked; a null or blank value is absent (null). */
public final class Params {

    private Params() {}

    public static Integer toInteger(String value) {
        Long n = parseLong(trimmed(value));
        return n == null ? null : Math.toIntExact(n);
    }

    public static Long toLong(String value) {
        return parseLong(trimmed(value));
    }

    public static Boolean toBoolean(String value) {
        String v = trimmed(value);
        return v == null ? null : Boolean.valueOf(v);
    }

    public static UUID toUuid(String value) {
        String v = trimmed(value);
        if (v == null || v.length() != 36) {
            return null;
        }
        try {
            UUID id = UUID.fromString(v);
            return id.toString().equalsIgnoreCase(v) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static LocalDate toDate(String value) {
        String v = trimmed(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E toEnum(String value, Class<E> type) {
        @SuppressWarnings("unchecked")
        E found = (E) constant(trimmed(value), type);
        return found;
    }

    static Enum<?> constant(String value, Class<? extends Enum<?>> type) {
        if (value == null) {
            return null;
        }
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())
                    || e.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    /** An optional sign and 1 to 19 ASCII digits (not the other Unicode digits that {@link Long#parseLong} takes). */
    static Long parseLong(String value) {
        if (value == null) {
            return null;
        }
        int start = !value.isEmpty() && (value.charAt(0) == '+' || value.charAt(0) == '-') ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 19) {
            return null;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
