package io.monozukuri.awards.service;

import io.monozukuri.commons.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import java.util.Map;

/** Turns a {@code sort} parameter ({@code name,-year}) into a Panache sort over allowed keys only. */
public final class Sorts {

    private Sorts() {}

    /**
     * @param value the parameter, comma-separated keys, each optionally prefixed by {@code -} for descending
     * @param allowed key → entity path
     * @param defaultValue used when the parameter is absent
     * @param tieBreakers appended, ascending, so that pages are stable
     */
    public static Sort parse(String value, Map<String, String> allowed, String defaultValue, String... tieBreakers) {
        String spec = value == null || value.isBlank() ? defaultValue : value;
        Sort sort = null;
        for (String raw : spec.split(",")) {
            String key = raw.strip();
            boolean descending = key.startsWith("-");
            if (descending || key.startsWith("+")) {
                key = key.substring(1);
            }
            String path = allowed.get(key);
            if (path == null) {
                throw ProblemException.badRequest(
                        "sort",
                        "unknown key '" + raw.strip() + "'; use " + String.join(", ", allowed.keySet())
                                + " (prefix - for descending)");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            Sort.NullPrecedence nulls = Sort.NullPrecedence.NULLS_LAST;
            sort = sort == null ? Sort.by(path, direction, nulls) : sort.and(path, direction, nulls);
        }
        for (String tie : tieBreakers) {
            sort = sort.and(tie);
        }
        return sort;
    }
}
