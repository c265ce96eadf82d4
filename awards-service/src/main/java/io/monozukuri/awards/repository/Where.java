package io.monozukuri.awards.repository;

import io.quarkus.panache.common.Parameters;
import java.util.HashMap;
import java.util.Map;

/** Builds a HQL condition from optional filters; every value is bound as a named parameter. */
final class Where {

    private final StringBuilder clause = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    Where and(String condition) {
        if (!clause.isEmpty()) {
            clause.append(" and ");
        }
        clause.append('(').append(condition).append(')');
        return this;
    }

    Where bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** A LIKE pattern that finds {@code term} anywhere, with the wildcards of the term escaped by {@code \\}. */
    static String contains(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String query() {
        return clause.isEmpty() ? "1 = 1" : clause.toString();
    }

    Parameters parameters() {
        Parameters p = new Parameters();
        parameters.forEach(p::and);
        return p;
    }
}
