package io.monozukuri.commons.validation;

import io.monozukuri.commons.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one sort syntax of every list: {@code sort=key} or {@code sort=key,-other}, keys separated by commas, each
 * prefixed with {@code -} for descending (or {@code +} for ascending, the default). Ties are broken by the list's own
 * stable order, so that pages never overlap.
 */
public final class SortSpec {

    /** How the syntax is explained in every {@code sort} parameter's description. */
    public static final String SYNTAX = "comma-separated keys, each prefixed with - for descending";

    /** One key of a sort. */
    public record Key(String name, boolean descending) {}

    private SortSpec() {}

    /**
     * The keys of a {@code sort} parameter, or those of {@code defaultValue} when it is absent; an unknown key is added
     * to {@code errors} and left out.
     */
    public static List<Key> parse(
            String value, Collection<String> allowed, String defaultValue, List<Problem.FieldError> errors) {
        String spec = value == null || value.isBlank() ? defaultValue : value;
        List<Key> keys = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String key = raw.strip();
            boolean descending = key.startsWith("-");
            if (descending || key.startsWith("+")) {
                key = key.substring(1);
            }
            if (!allowed.contains(key)) {
                errors.add(new Problem.FieldError(
                        "sort",
                        "unknown key '" + raw.strip() + "'; use " + String.join(", ", allowed) + " (" + SYNTAX + ")"));
                continue;
            }
            keys.add(new Key(key, descending));
        }
        return keys;
    }
}
