package io.monozukuri.ingest.parser;

/**
 * The parser's display form of printed text: width folding, noise and space removal, one form for punctuation of either
 * width. It makes the titles and descriptions the API shows, so it keeps what a reader sees (case, the spaces between
 * two Latin words, full-width brackets and Japanese punctuation). It is not a search or identity key: names are matched
 * and search keys are made by {@link io.monozukuri.commons.text.SearchText#key}, the one normaliser of every service.
 */
public final class TextNorm {

    private TextNorm() {}

    /**
     * Folds one character to the canonical form: full-width ASCII letters and digits to ASCII, half-width brackets
     * to full-width, half-width katakana punctuation to full-width, ideographic space to ASCII space.
     */
    public static char fold(char c) {
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        if ((c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '(':
                return '（';
            case ')':
                return '）';
            case '<':
                return '＜';
            case '>':
                return '＞';
            case '，':
                return ',';
            case '\uFF64':
                return '、';
            case '\uFF65':
                return '・';
            case '\uFF61':
                return '。';
            case '\u3000':
            case '\t':
            case '\u00A0':
                return ' ';
            case '\uFF5C':
                return '|';
            default:
                return c;
        }
    }

    /** Folds, drops U+FFFD/BOM/control characters and trims spaces. */
    public static String clean(String s) {
        int len = s.length();
        if (len == 0 || (s.charAt(0) != ' ' && s.charAt(len - 1) != ' ' && !needsFold(s))) {
            return s; // nothing to fold, drop or trim: no copy
        }
        char[] out = s.toCharArray();
        int n = out.length;
        int k = 0;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if ((c > '\u3000' && c < '\uFEFF')
                    || (c < 0x3000 && c > ' ' && c != '(' && c != ')' && c != '<' && c != '>')) {
                out[k++] = c; // fast path: nothing to fold
                continue;
            }
            if (c == '\uFFFD' || c == '\uFEFF' || (c < 0x20 && c != '\t')) {
                changed = true;
                continue;
            }
            char f = fold(c);
            if (f != c) {
                changed = true;
            }
            out[k++] = f;
        }
        int st = 0;
        int en = k;
        while (st < en && out[st] == ' ') {
            st++;
        }
        while (en > st && out[en - 1] == ' ') {
            en--;
        }
        if (!changed && st == 0 && en == n) {
            return s;
        }
        return new String(out, st, en - st);
    }

    private static boolean needsFold(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((c > '\u3000' && c < '\uFEFF')
                    || (c < 0x3000 && c > ' ' && c != '(' && c != ')' && c != '<' && c != '>')) {
                continue;
            }
            if (c == ' ') {
                continue; // inner spaces stay; leading and trailing ones were checked by the caller
            }
            if (c == '\uFFFD' || c == '\uFEFF' || (c < 0x20 && c != '\t') || fold(c) != c) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII letter, digit, dot or hyphen (part of a Latin word or a number). */
    public static boolean isAsciiWordChar(char c) {
        return isAsciiWord(c);
    }

    static boolean isAsciiWord(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-';
    }

    /**
     * Canonical title text: {@link #clean} plus removal of spaces unless they separate two ASCII words (so
     * "TIA Vision 2020" keeps its spaces, "年 度 に は" and "AI 技術" lose them).
     */
    public static String title(String s) {
        if (s == null) {
            return null;
        }
        return punctuation(squeeze(clean(s)));
    }

    private static final String HALF_PUNCT = "-:/&.!?%#+=~";
    private static final String FULL_PUNCT = "－：／＆．！？％＃＋＝～";

    /**
     * One form for punctuation printed in either width: the ASCII form between two ASCII letters or digits
     * ({@code SPring-8}, {@code Society 5.0}), the full-width form elsewhere ({@code J－クレジット},
     * {@code AIP：人工知能／ビッグデータ}), so that a title reads the same whichever width the input used.
     */
    static String punctuation(String t) {
        char[] b = null;
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            int h = HALF_PUNCT.indexOf(c);
            int f = h >= 0 ? -1 : FULL_PUNCT.indexOf(c);
            if (h < 0 && f < 0) {
                continue;
            }
            int k = h >= 0 ? h : f;
            char before = neighbour(t, i, -1);
            char after = neighbour(t, i, 1);
            boolean ascii = isAsciiAlnum(before) && isAsciiAlnum(after);
            char want = ascii ? HALF_PUNCT.charAt(k) : FULL_PUNCT.charAt(k);
            if (want != c) {
                if (b == null) {
                    b = t.toCharArray();
                }
                b[i] = want;
            }
        }
        return b == null ? t : new String(b);
    }

    private static char neighbour(String t, int i, int step) {
        for (int k = i + step; k >= 0 && k < t.length(); k += step) {
            if (t.charAt(k) != ' ') {
                return t.charAt(k);
            }
        }
        return ' ';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Space removal of {@link #title} for text already passed through {@link #clean}. */
    public static String squeeze(String c) {
        if (c.indexOf(' ') < 0) {
            return c;
        }
        int n = c.length();
        char[] b = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char ch = c.charAt(i);
            if (ch == ' ') {
                int j = i;
                while (j < n && c.charAt(j) == ' ') {
                    j++;
                }
                if (k > 0 && j < n && isAsciiWord(b[k - 1]) && isAsciiWord(c.charAt(j))) {
                    b[k++] = ' ';
                }
                i = j - 1;
                continue;
            }
            b[k++] = ch;
        }
        return new String(b, 0, k);
    }

    /** Display width: ASCII counts 1, everything else 2. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x80 ? 1 : 2;
        }
        return w;
    }

    /** Hiragana (for the parser's stages). */
    public static boolean isHiraganaChar(char c) {
        return isHiragana(c);
    }

    /** Kanji, kana or 々 (for the parser's stages). */
    public static boolean isKanjiOrKanaChar(char c) {
        return isKanjiOrKana(c);
    }

    static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    static boolean isKanjiOrKana(char c) {
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || c == '々';
    }
}
