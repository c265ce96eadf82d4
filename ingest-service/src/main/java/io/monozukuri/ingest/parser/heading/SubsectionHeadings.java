package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;
import java.util.ArrayList;
import java.util.List;

/**
 * Subsection headings, which carry no mark but their number: number last ({@code 知的財産の取得・活用に関する支援3},
 * also after a budget or ministries clause, and several on one line: {@code 資金繰り対策1 工場等の復旧への支援2}) or
 * number first ({@code 1 新たな集積の促進…}). A subsection title has no {@code 。}, no {@code 、} outside brackets,
 * no {@code ：}, balanced brackets, at least three kanji or kana, at most 60 characters, and a number from 1 to 20
 * glued to its last character (a number after a space, a comma, a dot, {@code 第} or a Latin letter is not one).
 */
public final class SubsectionHeadings {

    /** One subsection heading: its number and title text (with clauses). */
    public record Sub(int num, String title, int at) {

        public Sub(int num, String title) {
            this(num, title, 0);
        }
    }

    /** Units and counters after a number: {@code 9 億…}, {@code 3 割…} are amounts in a sentence, not headings. */
    public static final String COUNTERS = "億万千百兆円年月日件割歳％%回人社校号次期名倍か点分時級位者";

    private SubsectionHeadings() {}

    /** The side-tab label glued to the end ({@code …実現5 第}) removed. */
    public static String stripSideTab(String s) {
        String t = s.trim();
        int tab = sideTabAt(t);
        return tab < 0 ? t : t.substring(0, tab).trim();
    }

    /**
     * Where a side-tab label glued after a heading's number starts ({@code …実現5 第}, {@code …実現5 第2},
     * {@code …実現5 第2節}: the label of the page's margin, its pieces joined to the line), or -1.
     */
    private static int sideTabAt(String t) {
        int n = t.length();
        int k = n;
        if (k > 0 && (t.charAt(k - 1) == '節' || t.charAt(k - 1) == '章')) {
            k--;
        }
        while (k > 0 && Character.isDigit(t.charAt(k - 1)) && n - k < 4) {
            k--;
        }
        if (k > 2 && t.charAt(k - 1) == '第' && t.charAt(k - 2) == ' ' && Character.isDigit(t.charAt(k - 3))) {
            return k - 2;
        }
        if (k > 1 && t.charAt(k - 1) == '第' && Character.isDigit(t.charAt(k - 2))) {
            return k - 1; // the label's space lost with a page mark (…実現5第2節)
        }
        return -1;
    }

    private static boolean isTab(char c) {
        return c == '第' || c == '節' || c == '章';
    }

    /**
     * The text holds a number that may be a subsection's (a cheap test before any join is built): one or two digits
     * at the end, before a space, or before text that is not a unit, a digit or a number's punctuation.
     */
    public static boolean mayHoldHeadingNumber(String s, int expected) {
        int n = s.length();
        for (int q = 0; q < n; q++) {
            char c = s.charAt(q);
            if (c < '0' || c > '9') {
                continue;
            }
            int r = q + 1;
            while (r < n && s.charAt(r) >= '0' && s.charAt(r) <= '9') {
                r++;
            }
            if (r - q <= 2) {
                int a = r;
                while (a < n && s.charAt(a) == ' ') {
                    a++;
                }
                if (a == n || s.charAt(a) == '第') {
                    return true;
                }
                char after = s.charAt(a);
                boolean unit = UNITS.indexOf(after) >= 0 || ",.，．".indexOf(after) >= 0 || Character.isDigit(after);
                boolean counter = COUNTERS.indexOf(after) >= 0;
                if (!unit && (!counter || Integer.parseInt(s.substring(q, r)) == expected)) {
                    return true;
                }
            }
            q = r;
        }
        return false;
    }

    /** The text ends with a digit, or with a digit and a side-tab label. */
    public static boolean mayEndWithNumber(String c) {
        int n = c.length();
        if (n == 0) {
            return false;
        }
        if (Character.isDigit(c.charAt(n - 1))) {
            return true;
        }
        return sideTabAt(c) > 0;
    }

    /** The whole text is one or more number-last subsection headings; null when it is not. */
    public static List<Sub> numberLast(String s) {
        List<Sub> glued = numberLast(s, true);
        return glued != null && glued.size() >= 2 ? glued : numberLast(s, false);
    }

    /**
     * With {@code glued}, a number followed directly by the next title also ends a heading (lines of a stack
     * joined without spaces: {@code …講じた施策2高等専門学校において講じた施策3}), when the numbers follow each other.
     */
    private static List<Sub> numberLast(String s, boolean glued) {
        if (s.isEmpty()
                || !Character.isDigit(s.charAt(s.length() - 1))
                || HeadingMarks.opensHeading(s)
                || s.charAt(0) == '＜') {
            return null;
        }
        List<Sub> out = new ArrayList<>();
        int segStart = 0;
        for (int p = 0; p < s.length(); p++) {
            if (!Character.isDigit(s.charAt(p))) {
                continue;
            }
            int q = p;
            while (q < s.length() && Character.isDigit(s.charAt(q))) {
                q++;
            }
            boolean atEnd = q == s.length();
            boolean beforeSpace = q < s.length() && s.charAt(q) == ' ';
            boolean beforeTitle = glued
                    && q < s.length()
                    && (TextNorm.isKanjiOrKanaChar(s.charAt(q))
                            || "「（".indexOf(s.charAt(q)) >= 0
                            || (s.charAt(q) >= 'A' && s.charAt(q) <= 'Z'))
                    && (!unitAt(s, q) || s.startsWith("年齢", q)); // 年齢 (age) is a word, not a year
            if (!(atEnd || beforeSpace || beforeTitle) || p == 0 || q - p > 2) {
                p = q - 1;
                continue;
            }
            char prev = s.charAt(p - 1);
            boolean afterDate = UNITS.indexOf(prev) >= 0
                    && p >= 2
                    && (Character.isDigit(s.charAt(p - 2)) || s.charAt(p - 2) == ' ');
            if (prev == ' '
                    || prev == ','
                    || prev == '.'
                    || prev == '第'
                    || TextNorm.isAsciiWordChar(prev)
                    || afterDate) {
                if (atEnd) {
                    return null;
                }
                p = q - 1;
                continue;
            }
            String title = s.substring(segStart, p).trim();
            int num = Integer.parseInt(s.substring(p, q));
            if (num < 1
                    || num > 20
                    || (!title.isEmpty() && Character.isDigit(title.charAt(0)))
                    || (out.isEmpty() && numberFirst(title) != null)
                    || (!title.isEmpty() && "のにをはがとでへや".indexOf(title.charAt(0)) >= 0)
                    || TitleText.kanaCount(title) < 3
                    || TitleText.commaOutside(title)
                    || TitleText.unbalanced(title)
                    || !quotesBalanced(title)
                    || title.indexOf('：') >= 0
                    || title.indexOf('。') >= 0
                    || clauseInside(title)
                    || title.length() > 60) {
                return null;
            }
            if (glued && !out.isEmpty() && num != 1 && out.get(out.size() - 1).num() >= num) {
                return null; // a stack goes on in order (or restarts at 1 in another section)
            }
            int at = segStart;
            while (at < p && s.charAt(at) == ' ') {
                at++;
            }
            out.add(new Sub(num, title, at));
            segStart = q;
            p = q - 1;
        }
        return out.isEmpty() || segStart < s.trim().length() ? null : out;
    }

    /** Units after a number that make it an amount or a date, never a heading number. */
    public static final String UNITS = "年月日時分秒億万千円％%歳倍割";

    /**
     * A number-last heading whose number is followed, in the same line, by text of another block (a block joined
     * into one line: {@code …安定対策2者等に対し、…} where {@code 者等に対し} goes on a sentence of another column):
     * the end of the heading in {@code line} (after its number), or -1. The heading's text is {@code before} (the
     * lines read before, title wrapped) plus the start of {@code line}; its number must continue the numbering
     * ({@code expected}) or be 1 not followed by a counter, and never be followed by a unit.
     */
    public static int numberInside(String before, String line, int expected) {
        int found = -1;
        for (int q = 1; q < line.length(); q++) {
            if (!Character.isDigit(line.charAt(q)) || Character.isDigit(line.charAt(q - 1))) {
                continue;
            }
            int r = q;
            while (r < line.length() && Character.isDigit(line.charAt(r))) {
                r++;
            }
            if (r - q > 2
                    || r >= line.length()
                    || ",.，．".indexOf(line.charAt(r)) >= 0
                    || UNITS.indexOf(line.charAt(r)) >= 0) {
                continue;
            }
            int n = Integer.parseInt(line.substring(q, r));
            int after = r;
            while (after < line.length() && line.charAt(after) == ' ') {
                after++;
            }
            boolean counter = after < line.length()
                    && (COUNTERS.indexOf(line.charAt(after)) >= 0 || UNITS.indexOf(line.charAt(after)) >= 0);
            List<Sub> subs = numberLast(stripSideTab(before + line.substring(0, r)));
            if (subs == null) {
                continue;
            }
            boolean continues = n == expected
                    || (n == 1 && !counter)
                    || (subs.size() >= 2 && subs.get(subs.size() - 2).num() == n - 1);
            if (continues) {
                found = r;
            }
        }
        return found;
    }

    /** A title can open with this character: a kanji, kana, an opening bracket or a Latin letter. */
    private static boolean titleStart(char c) {
        return TextNorm.isKanjiOrKanaChar(c)
                || c == '「'
                || c == '（'
                || c == '＜'
                || (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z');
    }

    /** A unit or a counter follows a number at q: an amount, a date or a count, not a heading number. */
    private static boolean unitAt(String s, int q) {
        return UNITS.indexOf(s.charAt(q)) >= 0 || COUNTERS.indexOf(s.charAt(q)) >= 0;
    }

    /** Every 「 of the title is closed, and no 」 closes one it never opened. */
    static boolean quotesBalanced(String title) {
        int d = 0;
        for (int k = 0; k < title.length(); k++) {
            char c = title.charAt(k);
            if (c == '「') {
                d++;
            } else if (c == '」' && --d < 0) {
                return false;
            }
        }
        return d == 0;
    }

    /** A budget clause with text after it: a heading's clause ends its title, only other clauses follow it. */
    static boolean clauseInside(String title) {
        int close = title.lastIndexOf('）');
        if (close < 0) {
            return false;
        }
        int d = 0;
        for (int k = 0; k < title.length(); k++) {
            char c = title.charAt(k);
            if (c == '（') {
                int e = title.indexOf('）', k);
                if (d == 0
                        && e > k
                        && e + 1 < title.length()
                        && title.charAt(e + 1) != '＜'
                        && title.charAt(e + 1) != '（') {
                    String g = title.substring(k, e + 1);
                    if (g.indexOf('円') >= 0 || g.contains("内数")) {
                        return true;
                    }
                }
                d++;
            } else if (c == '）' && d > 0) {
                d--;
            }
        }
        return false;
    }

    /** {@code N title} (number first): the subsection, or null. */
    public static Sub numberFirst(String s) {
        int p = 0;
        while (p < s.length() && p < 2 && Character.isDigit(s.charAt(p))) {
            p++;
        }
        if (p == 0 || p >= s.length() || s.charAt(p) != ' ') {
            return null;
        }
        int num = Integer.parseInt(s.substring(0, p));
        String rest = s.substring(p + 1).trim();
        // the title's end is read by the heading's extent (a clause, the next heading, a body): only its start here
        String start = rest.length() > 12 ? rest.substring(0, 12) : rest;
        boolean whole =
                rest.length() <= 60 && TitleText.titleLike(rest) && !Character.isDigit(rest.charAt(rest.length() - 1));
        if (num >= 1
                && num <= 20
                && !rest.isEmpty()
                && TitleText.kanaCount(start) >= 3
                && TitleText.titleLike(start)
                && (whole || rest.length() > 12)
                && titleStart(rest.charAt(0))
                && "のにをはがとでへや".indexOf(rest.charAt(0)) < 0
                && COUNTERS.indexOf(rest.charAt(0)) < 0) {
            return new Sub(num, rest);
        }
        return null;
    }
}
