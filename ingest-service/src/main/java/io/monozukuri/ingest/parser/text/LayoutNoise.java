package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.TextNorm;

/**
 * Layout noise of the extracted text, dropped before anything is read: side-tab labels on lines of their own
 * ({@code 第} / {@code ２} / {@code 節}) and furigana ({@code 富} / {@code ふ が く} / {@code 岳}, also glued inside a
 * line).
 */
final class LayoutNoise {

    private LayoutNoise() {}

    /** Side-tab labels on lines of their own ({@code 第} / {@code ２} / {@code 節}) and furigana lines. */
    static boolean noiseLine(SourceLines src, int i) {
        String c = src.clean[i];
        if (c.equals("第") || c.equals("節") || c.equals("章") || c.equals("部")) {
            return true;
        }
        if (c.length() <= 2 && c.chars().allMatch(Character::isDigit)) {
            String before = neighbour(src, i, -1);
            String after = neighbour(src, i, 1);
            return before.endsWith("第") || after.equals("節") || after.equals("章");
        }
        return furiganaOnly(c);
    }

    static String neighbour(SourceLines src, int i, int step) {
        for (int k = i + step; k >= 0 && k < src.count; k += step) {
            if (!src.clean[k].isEmpty()) {
                return src.clean[k];
            }
        }
        return "";
    }

    static boolean furiganaOnly(String c) {
        if (c.length() > 16 || c.indexOf(' ') <= 0) {
            return false;
        }
        for (int k = 0; k < c.length(); k++) {
            char ch = c.charAt(k);
            if (ch != ' ' && !TextNorm.isHiraganaChar(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Furigana glued inside a line: two or more single hiragana separated by single spaces, between non-spaces. */
    static String removeFurigana(String c) {
        if (c.indexOf(' ') < 0) {
            return c;
        }
        StringBuilder b = null;
        int n = c.length();
        for (int p = 0; p < n; p++) {
            if (!TextNorm.isHiraganaChar(c.charAt(p)) || (p > 0 && c.charAt(p - 1) == ' ')) {
                continue;
            }
            int q = p;
            int count = 1;
            while (q + 2 < n && c.charAt(q + 1) == ' ' && TextNorm.isHiraganaChar(c.charAt(q + 2))) {
                q += 2;
                count++;
            }
            boolean closedAfter = q + 1 >= n || c.charAt(q + 1) != ' ';
            boolean noKanaBefore = p == 0 || !TextNorm.isHiraganaChar(c.charAt(p - 1));
            boolean noKanaAfter = q + 1 >= n || !TextNorm.isHiraganaChar(c.charAt(q + 1));
            if (count >= 2 && closedAfter && noKanaBefore && noKanaAfter && (p == 0 || c.charAt(p - 1) != ' ')) {
                if (b == null) {
                    b = new StringBuilder(c);
                }
                for (int k = p; k <= q; k++) {
                    b.setCharAt(k, '\u0000');
                }
            }
            p = q;
        }
        return b == null ? c : b.toString().replace("\u0000", "");
    }
}
