package io.monozukuri.awards.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation shared by identity (name keys) and search. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\uFFFD]+");

    private Texts() {}

    /** NFKC, whitespace (and U+FFFD) removed: how a scheme is recognised across reports. */
    public static String nameKey(String name) {
        return name == null
                ? ""
                : SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC))
                        .replaceAll("");
    }

    /** NFKC, lower case, whitespace removed: both sides of the {@code q} filter. */
    public static String searchKey(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                sb.append(nameKey(part).toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The words of a query (NFKC turns U+3000 into a space), each as a search key. */
    public static List<String> terms(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return Arrays.stream(
                        Normalizer.normalize(q, Normalizer.Form.NFKC).trim().split("\\s+"))
                .map(w -> nameKey(w).toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .distinct()
                .toList();
    }

    /** A LIKE pattern that finds {@code term} anywhere, with the wildcards of the term escaped by {@code \}. */
    public static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Trims, and turns blank into null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
