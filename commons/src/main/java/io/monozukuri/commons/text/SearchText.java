package io.monozukuri.commons.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one normal form of Japanese text for search and identity, the same for what is indexed and what is asked, in
 * every service: Unicode NFKC (full-width ＡＩ and ２０２０ become AI and 2020, half-width ｶﾅ becomes カナ), lower
 * case, and without white space (also U+3000), zero-width characters, control characters and U+FFFD (the PDF
 * extractor's line breaks and spaces between Japanese characters are noise). Stored keys made with an older form are
 * recomputed by each service's Flyway migrations.
 */
public final class SearchText {

    /** Separates the fields of an indexed text so that no match spans two of them. */
    public static final char FIELD_SEPARATOR = '\u241E';

    private SearchText() {}

    /** The normal form of a text: what an index stores and what a query word is compared with. Never null. */
    public static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !ignored(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The keys of several fields (title, description, …), joined by {@link #FIELD_SEPARATOR}; empty fields left out. */
    public static String indexText(String... fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            String k = key(field);
            if (!k.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(FIELD_SEPARATOR);
                }
                out.append(k);
            }
        }
        return out.toString();
    }

    /** The distinct keys of the words of a query; white space (also U+3000) separates words. */
    public static List<String> words(String query) {
        if (query == null) {
            return List.of();
        }
        String n = Normalizer.normalize(query, Normalizer.Form.NFKC);
        Set<String> words = new LinkedHashSet<>();
        for (String part : n.split("[\\s\\u3000]+")) {
            String w = key(part);
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    /**
     * The passage of {@code text} around the first hit of any word, every hit wrapped in 【 and 】, or null when no word
     * occurs in it. Hits are found on the normal form and marked on the original text.
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
            if (!ignored(cp)) {
                String piece = key(text.substring(i, end));
                for (int k = 0; k < piece.length(); k++) {
                    norm.append(piece.charAt(k));
                    origin.add(i);
                    originEnd.add(end);
                }
            }
            i = end;
        }
        List<int[]> hits = new ArrayList<>();
        for (String w : words) {
            int from = 0;
            int at;
            while (!w.isEmpty() && (at = norm.indexOf(w, from)) >= 0) {
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

    private static boolean ignored(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || cp == 0x3000
                || cp == 0xFFFD
                || cp == 0xFEFF
                || (cp >= 0x200B && cp <= 0x200D)
                || cp == 0x2060
                || Character.getType(cp) == Character.CONTROL;
    }
}
