package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;

/** Small tests on heading text shared by the heading stages (folded text, no regular expressions). */
public final class TitleText {

    private TitleText() {}

    /** The brackets opened in s are not all closed. */
    public static boolean unbalanced(CharSequence s) {
        int d = 0;
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '＜' || c == '【') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】') && d > 0) {
                d--;
            }
        }
        return d > 0;
    }

    /** A comma outside brackets: a sentence, not a title. */
    public static boolean commaOutside(String s) {
        if (s.indexOf('、') < 0) {
            return false;
        }
        int d = 0;
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if (c == '、' && d == 0) {
                return true;
            }
            if (c == '（' || c == '＜' || c == '【') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】') && d > 0) {
                d--;
            }
        }
        return false;
    }

    /** The first {@code 。} or comma outside brackets, -1 when none. */
    public static int commaOrSentenceEnd(String s) {
        int d = 0;
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            if ((c == '、' && d == 0) || c == '。') {
                return k;
            }
            if (c == '（' || c == '＜' || c == '【') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】') && d > 0) {
                d--;
            }
        }
        return -1;
    }

    public static int kanaCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (TextNorm.isKanjiOrKanaChar(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The heading text ends with a clause: a budget clause, a ministries clause or a 【…】 marker. */
    public static boolean endsWithClause(String t) {
        String s = t.trim();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '】') {
            return true;
        }
        if (last == '＞') {
            int open = s.lastIndexOf('＜');
            return open >= 0 && (s.indexOf('省', open) > 0 || s.indexOf('府', open) > 0 || s.indexOf('庁', open) > 0);
        }
        if (last == '）') {
            int d = 0;
            for (int k = s.length() - 1; k >= 0; k--) {
                char c = s.charAt(k);
                if (c == '）') {
                    d++;
                } else if (c == '（') {
                    d--;
                    if (d == 0) {
                        String g = s.substring(k);
                        return g.indexOf('円') >= 0 || g.contains("内数") || g.contains("再掲");
                    }
                }
            }
        }
        return false;
    }

    /** A title cannot end here: it ends with kana that continues (not {@code について}) or an open bracket. */
    public static boolean endsOpen(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(t.length() - 1);
        if (c == '・' || c == '（' || c == '＜' || c == '「' || c == '【' || c == '、') {
            return true;
        }
        return TextNorm.isHiraganaChar(c) && !t.endsWith("について") && !t.endsWith("等");
    }

    /**
     * A piece that can be the first part of a title wrapped over lines: no object particle {@code を} (a
     * sentence's), and it ends with a kanji, katakana, a closing bracket or a particle that links nouns (any
     * character when the line width cut it).
     */
    public static boolean titlePart(String s, boolean cutByWidth) {
        if (s.isEmpty() || s.indexOf('を') >= 0 || !titleLike(s)) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return cutByWidth || !TextNorm.isHiraganaChar(c) || "のにとやへたるび".indexOf(c) >= 0;
    }

    /** Text that can belong to a title: no sentence end, no comma outside brackets. */
    public static boolean titleLike(String s) {
        return s.indexOf('。') < 0 && !commaOutside(s);
    }

    /** True when s holds a number followed by a money unit ending in 円 ({@code 133億 10百万円}). */
    public static boolean containsAmount(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length()
                        && ((s.charAt(j) >= '0' && s.charAt(j) <= '9') || ",. ".indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                if (j < s.length() && "億円兆万千百".indexOf(s.charAt(j)) >= 0) {
                    int e = Math.min(s.length(), j + 12);
                    if (s.substring(j, e).indexOf('円') >= 0) {
                        return true;
                    }
                }
                i = j;
            }
        }
        return false;
    }
}
