package io.monozukuri.measures.repository;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The PostgreSQL side of the bigram search: the words are already in the shared normal form
 * ({@link io.monozukuri.commons.text.SearchText}), the index is {@code bigram_tsvector(search_text)}.
 */
final class BigramQuery {

    private BigramQuery() {}

    /**
     * A {@code tsquery} literal AND-ing every bigram of every word of two characters or more, or null when no word is
     * that long. Lexemes are quoted, so no character of the query is an operator.
     */
    static String bigramQuery(List<String> words) {
        Set<String> grams = new LinkedHashSet<>();
        for (String w : words) {
            int[] cps = w.codePoints().toArray();
            for (int i = 0; i + 1 < cps.length; i++) {
                grams.add(new String(cps, i, 2));
            }
        }
        if (grams.isEmpty()) {
            return null;
        }
        List<String> quoted = new ArrayList<>(grams.size());
        for (String g : grams) {
            quoted.add("'" + g.replace("\\", "\\\\").replace("'", "''") + "'");
        }
        return String.join(" & ", quoted);
    }

    /**
     * The distinct bigrams of the words as a {@code tsvector} literal without positions (the shape of a stored
     * {@code search_vector}), or null when no word has two characters.
     */
    static String bigramVector(List<String> words) {
        String query = bigramQuery(words);
        return query == null ? null : query.replace(" & ", " ");
    }
}
