package io.monozukuri.awards.service;

import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.validation.SortSpec;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;

/** A {@code sort} parameter (the one syntax of {@link SortSpec}) as a Panache sort over the keys a list allows. */
final class Sorting {

    private Sorting() {}

    /**
     * @param allowed key of the parameter → entity path
     * @param tieBreakers appended, ascending, so that pages are stable
     */
    static Sort of(
            String value,
            Map<String, String> allowed,
            String defaultValue,
            List<Problem.FieldError> errors,
            String... tieBreakers) {
        Sort sort = null;
        for (SortSpec.Key key : SortSpec.parse(value, allowed.keySet(), defaultValue, errors)) {
            Sort.Direction direction = key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            String path = allowed.get(key.name());
            sort = sort == null
                    ? Sort.by(path, direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(path, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        for (String tie : tieBreakers) {
            sort = sort == null ? Sort.by(tie) : sort.and(tie);
        }
        return sort;
    }
}
