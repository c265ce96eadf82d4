package io.monozukuri.commons.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one way query parameters are validated: each parameter arrives as text and carries the type it must have; Bean
 * Validation checks every parameter of a request at once, so a 400 names every bad parameter (a JAX-RS conversion of
 * an {@code int} parameter would stop at the first and answer 404). A blank value counts as absent. Read the checked
 * text with {@link Params}.
 *
 * <pre>{@code @QueryParam("fiscalYear") @Param(type = Param.Type.INTEGER, min = 1900, max = 2200) String fiscalYear}</pre>
 */
@Documented
@Constraint(validatedBy = ParamValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Param {

    /** What a parameter holds. */
    enum Type {
        /** a whole number between {@link #min()} and {@link #max()} */
        INTEGER,
        /** a UUID in its canonical form */
        UUID,
        /** {@code true} or {@code false} */
        BOOLEAN,
        /** an ISO date, YYYY-MM-DD */
        DATE,
        /** one of the constants of {@link #values()}, any case */
        ENUM,
        /** text of at most {@link #max()} characters, without NUL or lone surrogates */
        TEXT
    }

    Type type();

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    /** The constants an {@link Type#ENUM} parameter may take. */
    Class<? extends Enum<?>> values() default NoValues.class;

    String message() default "is invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The default of {@link #values()}. */
    enum NoValues {}
}
