package io.monozukuri.ingest.parser.assembly;

import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.TextNorm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The award schemes a measure names: the schemes of the same document whose name (spaces removed) occurs in the
 * measure's title or description. One pass over each text; names looked up by their first character.
 */
final class AwardLinks {

    private final List<ParsedAwardScheme> schemes;
    private final List<String> keys = new ArrayList<>();
    private final Map<Character, int[]> keysByFirst = new HashMap<>();
    private final long[] firstChars = new long[1024]; // bit set of the keys' first characters

    AwardLinks(List<ParsedAwardScheme> schemes) {
        this.schemes = schemes;
        for (int k = 0; k < schemes.size(); k++) {
            String key = TextNorm.title(schemes.get(k).name()).replace(" ", "");
            keys.add(key);
            if (!key.isEmpty()) {
                int[] old = keysByFirst.get(key.charAt(0));
                int[] v = old == null ? new int[] {k} : Arrays.copyOf(old, old.length + 1);
                v[v.length - 1] = k;
                keysByFirst.put(key.charAt(0), v);
                firstChars[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
            }
        }
    }

    /** The names of the schemes named in any of the texts, in the table's order. */
    List<String> named(String... texts) {
        if (keys.isEmpty()) {
            return List.of();
        }
        boolean[] found = new boolean[keys.size()];
        for (String s : texts) {
            find(s, found);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < found.length; k++) {
            if (found[k]) {
                names.add(schemes.get(k).name());
            }
        }
        return names;
    }

    private void find(String s, boolean[] found) {
        if (s == null || s.isEmpty()) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((firstChars[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            int[] ks = keysByFirst.get(c);
            if (ks == null) {
                continue;
            }
            for (int k : ks) {
                if (!found[k] && s.startsWith(keys.get(k), i)) {
                    found[k] = true;
                }
            }
        }
    }
}
