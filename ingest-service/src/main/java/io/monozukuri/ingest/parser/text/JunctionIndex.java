package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.TextNorm;
import java.util.List;

/**
 * The document's own vocabulary, to tell a word from a junction: where each sequence of four characters occurs in
 * the whole text (spaces removed, line ends ignored). Two texts printed one after the other without a line end
 * ({@code …産業の振興} + {@code 日本の優れた…}) meet in a sequence the document prints nowhere else ({@code 振興日本});
 * the parts of a compound word ({@code 研究開発} + {@code 税制}) meet in one it prints in other sentences too.
 *
 * <p>Built in linear time (a hash chain over the positions); a query walks at most {@link #MAX_WALK} occurrences,
 * so that a text repeating itself (a 10 MB upload) stays linear.
 */
public final class JunctionIndex {

    /** A query stops counting after this many occurrences: a sequence printed this often is a word. */
    static final int MAX_WALK = 64;

    /** Characters before a junction compared to tell the same heading printed again from the same words elsewhere. */
    static final int CONTEXT = 32;

    private final char[] text;
    private final int length;
    private final int[] head;
    private final int[] next;
    private final int mask;

    private JunctionIndex(char[] text, int length) {
        this.text = text;
        this.length = length;
        int size = Integer.highestOneBit(Math.max(16, length) * 2 - 1);
        this.mask = size - 1;
        this.head = new int[size];
        this.next = new int[Math.max(0, length - 3)];
        for (int p = length - 4; p >= 0; p--) {
            int h = hash(text, p) & mask;
            next[p] = head[h];
            head[h] = p + 1;
        }
    }

    /** The index of the pieces' text, joined without their line ends and spaces ({@link TextNorm#squeeze}). */
    public static JunctionIndex of(List<Pieces.Piece> pieces) {
        int n = 0;
        for (Pieces.Piece p : pieces) {
            n += p.text().length();
        }
        char[] t = new char[n];
        int k = 0;
        for (Pieces.Piece p : pieces) {
            String s = p.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != ' ') {
                    t[k++] = c;
                }
            }
        }
        return new JunctionIndex(t, k);
    }

    /** The index of one text (tests). */
    public static JunctionIndex of(String s) {
        String t = TextNorm.squeeze(s).replace(" ", "");
        return new JunctionIndex(t.toCharArray(), t.length());
    }

    private static int hash(char[] t, int p) {
        return ((t[p] * 31 + t[p + 1]) * 31 + t[p + 2]) * 31 + t[p + 3];
    }

    private static int hash(CharSequence t, int p) {
        return ((t.charAt(p) * 31 + t.charAt(p + 1)) * 31 + t.charAt(p + 2)) * 31 + t.charAt(p + 3);
    }

    /**
     * How often the document prints the two characters before and the two after the junction at {@code at} of
     * {@code s} (spaces removed) in another context: occurrences not preceded by the same {@link #CONTEXT} characters
     * of {@code s} (all of them when fewer) as here. The
     * occurrence at hand, and the same heading printed again elsewhere (a re-listed measure: {@code s} starts with
     * the heading's mark), do not count; the same words in a sentence do. Capped at {@link #MAX_WALK}.
     */
    public int elsewhere(CharSequence s, int at) {
        if (at < 2 || at + 2 > s.length()) {
            return MAX_WALK;
        }
        int g = at - 2;
        int found = 0;
        int walked = 0;
        for (int p = head[hash(s, g) & mask]; p != 0 && walked < MAX_WALK; p = next[p - 1]) {
            int q = p - 1;
            walked++;
            if (!same(s, g, q, 4)) {
                continue;
            }
            boolean sameContext = q >= Math.min(g, CONTEXT);
            for (int k = 1; k <= Math.min(g, CONTEXT) && sameContext; k++) {
                sameContext = s.charAt(g - k) == text[q - k];
            }
            if (!sameContext) {
                found++;
            }
        }
        return found;
    }

    /**
     * The texts meet inside a word: one of the sequences of four characters across the junction at {@code at}
     * ({@code 3 + 1}, {@code 2 + 2}, {@code 1 + 3}) is printed somewhere else too ({@code への人|材移動}: the
     * document prints {@code 人材移動} elsewhere; {@code る労働|大学等} it does not).
     */
    public boolean insideWord(CharSequence s, int at) {
        for (int left = 3; left >= 1; left--) {
            int g = at - left;
            if (g < 0 || g + 4 > s.length()) {
                continue;
            }
            int found = 0;
            int walked = 0;
            for (int p = head[hash(s, g) & mask]; p != 0 && walked < MAX_WALK && found < 2; p = next[p - 1]) {
                walked++;
                if (same(s, g, p - 1, 4)) {
                    found++;
                }
            }
            if (found >= 2) {
                return true;
            }
        }
        return false;
    }

    private boolean same(CharSequence s, int from, int q, int n) {
        if (q + n > length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (text[q + k] != s.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }
}
