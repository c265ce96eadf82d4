package io.monozukuri.commons.validation;

import io.monozukuri.commons.json.StrictJson;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Checks a {@link Param}; the message says what the parameter must be. */
public class ParamValidator implements ConstraintValidator<Param, String> {

    private Param param;

    @Override
    public void initialize(Param annotation) {
        this.param = annotation;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String unsafe = StrictJson.unsafe(value);
        String problem = unsafe != null ? unsafe : value.isBlank() ? null : check(value.strip());
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }

    private String check(String v) {
        return switch (param.type()) {
            case INTEGER -> {
                Long n = Params.parseLong(v);
                yield n != null && n >= param.min() && n <= param.max() ? null : range();
            }
            case UUID -> Params.toUuid(v) != null ? null : "must be a UUID";
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null : "must be true or false";
            case DATE -> Params.toDate(v) != null ? null : "must be a date YYYY-MM-DD";
            case ENUM -> Params.constant(v, param.values()) != null ? null : "must be one of " + constants();
            case TEXT -> v.length() <= param.max() ? null : "must be at most " + param.max() + " characters";
        };
    }

    private String range() {
        if (param.min() == Long.MIN_VALUE && param.max() == Long.MAX_VALUE) {
            return "must be a whole number";
        }
        if (param.max() == Long.MAX_VALUE) {
            return "must be a whole number, " + param.min() + " or more";
        }
        return "must be a whole number between " + param.min() + " and " + param.max();
    }

    private String constants() {
        return Arrays.stream(param.values().getEnumConstants())
                .map(e -> ((Enum<?>) e).name())
                .collect(Collectors.joining(", "));
    }
}
