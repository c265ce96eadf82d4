package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.TextNorm;
import java.util.Arrays;

/** Character bigrams of the meaningful characters, the word measure of subsection matching and paragraph placement. */
final class Bigrams {

    /** Sorted distinct character bigrams of the meaningful characters (no hiragana-only pairs, no punctuation). */
    static int[] bigrams(String s, int max) {
        String t = TextNorm.squeeze(s);
        int n = Math.min(t.length(), max);
        int[] out = new int[Math.max(0, n - 1)];
        int k = 0;
        for (int i = 0; i + 1 < n; i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (!useful(a) || !useful(b) || (TextNorm.isHiraganaChar(a) && TextNorm.isHiraganaChar(b))) {
                continue;
            }
            out[k++] = (a << 16) | b;
        }
        Arrays.sort(out, 0, k);
        int u = 0;
        for (int i = 0; i < k; i++) {
            if (u == 0 || out[u - 1] != out[i]) {
                out[u++] = out[i];
            }
        }
        return Arrays.copyOf(out, u);
    }

    static boolean useful(char c) {
        return TextNorm.isKanjiOrKanaChar(c) || Character.isLetterOrDigit(c);
    }

    static double overlap(int[] a, int[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Distinct bigrams in an open-addressing hash set: built in linear time, no sort. */
    static final class BigramSet {
        final int[] table;
        final int mask;
        final int shift;

        BigramSet(int capacity) {
            int n = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
            table = new int[n];
            mask = n - 1;
            shift = 32 - Integer.numberOfTrailingZeros(n);
        }

        void add(int v) {
            int h = (v * 0x9E3779B9) >>> shift; // Fibonacci hashing: the top bits of the product
            while (table[h] != 0) {
                if (table[h] == v) {
                    return;
                }
                h = (h + 1) & mask;
            }
            table[h] = v;
        }

        boolean contains(int v) {
            int h = (v * 0x9E3779B9) >>> shift;
            while (table[h] != 0) {
                if (table[h] == v) {
                    return true;
                }
                h = (h + 1) & mask;
            }
            return false;
        }

        /** Size of the intersection with distinct values. */
        int overlap(int[] distinct) {
            if (distinct == null) {
                return 0;
            }
            int n = 0;
            for (int v : distinct) {
                if (contains(v)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** The set of {@link #bigrams} (same pairs), without sorting. */
    static BigramSet bigramSet(String s, int max) {
        String t = TextNorm.squeeze(s);
        int n = Math.min(t.length(), max);
        BigramSet out = new BigramSet(n);
        for (int i = 0; i + 1 < n; i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (!useful(a) || !useful(b) || (TextNorm.isHiraganaChar(a) && TextNorm.isHiraganaChar(b))) {
                continue;
            }
            out.add((a << 16) | b);
        }
        return out;
    }
}
