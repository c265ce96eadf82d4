package io.monozukuri.ingest.parser.heading;

/**
 * The numbering marks that open a heading: {@code 第 N 章}, {@code 第N節}, {@code （N）}, {@code ①…㊿}. All work on
 * text already folded by {@code TextNorm.clean} (ASCII digits, full-width brackets, ASCII spaces).
 */
public final class HeadingMarks {

    private HeadingMarks() {}

    public static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code 第 N 章} alone (the whole text): N, else -1. */
    public static int chapterNum(String c) {
        if (!c.startsWith("第") || !c.endsWith("章")) {
            return -1;
        }
        String mid = c.substring(1, c.length() - 1).replace(" ", "");
        if (mid.isEmpty() || mid.length() > 2 || !mid.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(mid);
    }

    /** {@code 第 N 章} at position i: {number, end}, or null. */
    public static int[] chapterAt(String c, int i) {
        if (i >= c.length() || c.charAt(i) != '第') {
            return null;
        }
        int k = skipSpaces(c, i + 1);
        int st = k;
        while (k < c.length() && Character.isDigit(c.charAt(k)) && k - st < 2) {
            k++;
        }
        if (k == st) {
            return null;
        }
        int num = Integer.parseInt(c.substring(st, k));
        k = skipSpaces(c, k);
        if (k >= c.length() || c.charAt(k) != '章') {
            return null;
        }
        return new int[] {num, k + 1};
    }

    /** {@code 第N節 title} at position i: {number, titleStart}, or null (no title after the mark). */
    public static int[] sectionAt(String c, int i) {
        if (i >= c.length() || c.charAt(i) != '第') {
            return null;
        }
        int k = skipSpaces(c, i + 1);
        int st = k;
        while (k < c.length() && Character.isDigit(c.charAt(k)) && k - st < 2) {
            k++;
        }
        if (k == st) {
            return null;
        }
        int num = Integer.parseInt(c.substring(st, k));
        k = skipSpaces(c, k);
        if (k >= c.length() || c.charAt(k) != '節') {
            return null;
        }
        k = skipSpaces(c, k + 1);
        if (k >= c.length()) {
            return null;
        }
        return new int[] {num, k};
    }

    public static int[] section(String c) {
        return sectionAt(c, 0);
    }

    /** {@code （N）} at position i: {number, restStart}, or null. */
    public static int[] itemAt(String c, int i) {
        if (i >= c.length() || c.charAt(i) != '（') {
            return null;
        }
        int k = skipSpaces(c, i + 1);
        int st = k;
        while (k < c.length() && Character.isDigit(c.charAt(k)) && k - st < 2) {
            k++;
        }
        if (k == st) {
            return null;
        }
        int num = Integer.parseInt(c.substring(st, k));
        k = skipSpaces(c, k);
        if (k >= c.length() || c.charAt(k) != '）' || num == 0) {
            return null;
        }
        return new int[] {num, skipSpaces(c, k + 1)};
    }

    public static int[] item(String c) {
        return itemAt(c, 0);
    }

    public static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36;
        }
        return -1;
    }

    public static String circledChar(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('\u2460' + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) ('\u3251' + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) ('\u32B1' + n - 36));
        }
        return "(" + n + ")";
    }

    /** A line that opens with a chapter, section, item or sub-item mark. */
    public static boolean opensHeading(String c) {
        return !c.isEmpty()
                && (chapterNum(c) > 0
                        || chapterAt(c, 0) != null && c.length() < 12
                        || sectionAt(c, 0) != null
                        || itemAt(c, 0) != null
                        || circled(c.charAt(0)) > 0);
    }
}
