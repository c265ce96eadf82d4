package io.monozukuri.measures.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one normalisation shared by the search index and search queries: NFKC (full-width ＡＩ becomes AI,
 * half-width ｶﾅ becomes カナ), lower case, and no white space or U+FFFD (the PDF extractor's line breaks and
 * spaces between Japanese characters are noise).
 */
public final class JapaneseText {

    /** Separates title and description in the indexed text so that no bigram spans both. */
    static final char FIELD_SEPARATOR = '\u241E';

    private JapaneseText() {}

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !skipped(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The text the bigram index is computed from (by the database, see {@code bigram_tsvector}). */
    public static String indexText(String title, String description) {
        String d = normalize(description);
        return d.isEmpty() ? normalize(title) : normalize(title) + FIELD_SEPARATOR + d;
    }

    /** The distinct normalised words of a query; white space (also U+3000) separates them. */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        String n = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String part : n.split("[\\s\\u3000]+")) {
            String w = normalize(part);
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    /**
     * A {@code tsquery} literal AND-ing every bigram of every word of two characters or more, or null when no
     * word is that long. Lexemes are quoted, so no character of the query is an operator.
     */
    public static String bigramQuery(List<String> words) {
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
    public static String bigramVector(List<String> words) {
        String query = bigramQuery(words);
        return query == null ? null : query.replace(" & ", " ");
    }

    /**
     * The passage of {@code text} around the first hit of any word, every hit wrapped in 【 and 】, or null when
     * no word occurs in it. Hits are found on the normalised text and marked on the original one.
     */
    public static String snippet(String text, List<String> words, int width) {
        if (text == null || text.isEmpty() || words.isEmpty()) {
            return null;
        }
        // normalise character by character, remembering where each normalised char came from
        StringBuilder norm = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length());
        List<Integer> originEnd = new ArrayList<>(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            // half-width (semi-)voiced sound marks compose with the character before them
            while (end < text.length() && (text.charAt(end) == '\uFF9E' || text.charAt(end) == '\uFF9F')) {
                end++;
            }
            if (!skipped(cp)) {
                String piece = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
                for (int k = 0; k < piece.length(); k++) {
                    if (!skipped(piece.charAt(k))) {
                        norm.append(piece.charAt(k));
                        origin.add(i);
                        originEnd.add(end);
                    }
                }
            }
            i = end;
        }
        List<int[]> hits = new ArrayList<>();
        for (String w : words) {
            int from = 0;
            int at;
            while ((at = norm.indexOf(w, from)) >= 0) {
                hits.add(new int[] {origin.get(at), originEnd.get(at + w.length() - 1)});
                from = at + w.length();
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] h : hits) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && h[0] <= last[1]) {
                last[1] = Math.max(last[1], h[1]);
            } else {
                merged.add(new int[] {h[0], h[1]});
            }
        }
        int start = Math.max(0, merged.get(0)[0] - width / 3);
        int stop = Math.min(text.length(), start + width);
        StringBuilder out = new StringBuilder(width + 16);
        if (start > 0) {
            out.append('…');
        }
        int pos = start;
        for (int[] h : merged) {
            if (h[0] >= stop) {
                break;
            }
            appendClean(out, text, pos, h[0]);
            out.append('【');
            appendClean(out, text, h[0], h[1]);
            out.append('】');
            pos = h[1];
        }
        if (pos < stop) {
            appendClean(out, text, pos, stop);
        }
        if (Math.max(pos, stop) < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private static void appendClean(StringBuilder out, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != '\n' && c != '\r' && c != '\uFFFD') {
                out.append(c);
            }
        }
    }

    private static boolean skipped(int cp) {
        return Character.isWhitespace(cp) || cp == 0x3000 || cp == 0xFFFD || Character.isSpaceChar(cp);
    }
}
