package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stage 2: the text as pieces, each a run of one source line, with the layout noise removed and a line cut where
 * a heading mark stands inside it (a block printed as one line: {@code …制度。（2）…}, {@code …支援①…}).
 *
 * <p>Noise: furigana printed as spaced hiragana ({@code 富 / ふ が く / 岳}, also inside a line), side-tab labels
 * ({@code 第} / {@code ２} / {@code 節} on lines of their own, or {@code 第２節} glued to text that cannot be a
 * section title). A mark inside a line cuts it when it is outside brackets (so {@code （再掲 第2部第1章…（4）②参照）}
 * never does) and follows what can end a sentence or a heading: {@code （N）} after {@code 。）＞】」} or a space,
 * {@code ①} after anything but kana, a comma, an opening bracket or {@code ・} ({@code 振興基準に、①…} stays text),
 * {@code 第N節 title} / {@code 第N章} anywhere.
 */
public final class Pieces {

    /** A run of one source line. */
    public record Piece(String text, int line, boolean lineStart) {}

    public final List<Piece> list;
    /** Length (characters) reached by 90% of the pieces: a piece this long was cut by the line width. */
    public final int fullLength;

    private Pieces(List<Piece> list, int fullLength) {
        this.list = list;
        this.fullLength = fullLength;
    }

    public static Pieces of(SourceLines src) {
        List<Piece> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < src.count; i++) {
            String c = src.clean[i];
            if (c.isEmpty() || noiseLine(src, i)) {
                continue;
            }
            c = removeFurigana(c);
            if (c.isEmpty()) {
                continue;
            }
            if (HeadingMarks.opensHeading(c)) {
                depth = 0;
            }
            int from = 0;
            for (int p = 0; p < c.length(); p++) {
                char ch = c.charAt(p);
                if (p > from && depth == 0) {
                    int cut = cutAt(c, p);
                    if (cut == CUT) {
                        out.add(new Piece(c.substring(from, p).trim(), i, from == 0));
                        from = p;
                    } else if (cut > 0) { // a side tab: dropped
                        out.add(new Piece(c.substring(from, p).trim(), i, from == 0));
                        from = cut;
                        p = cut - 1;
                        continue;
                    }
                }
                if (ch == '（' || ch == '＜' || ch == '【' || ch == '「') {
                    depth++;
                } else if ((ch == '）' || ch == '＞' || ch == '】' || ch == '」') && depth > 0) {
                    depth--;
                } else if (ch == '。' && depth > 0 && p + 1 < c.length() && c.charAt(p + 1) != '）') {
                    depth = 0; // a bracket left open by a misprint does not hide the headings that follow
                }
            }
            String rest = c.substring(from).trim();
            if (!rest.isEmpty()) {
                out.add(new Piece(rest, i, from == 0));
            }
            if (depth > 3) {
                depth = 0;
            }
        }
        out.removeIf(p -> p.text().isEmpty());
        int[] lens = new int[out.size()];
        for (int k = 0; k < lens.length; k++) {
            lens[k] = out.get(k).text().length();
        }
        Arrays.sort(lens);
        int full = lens.length == 0 ? 24 : Math.max(10, lens[(int) (lens.length * 0.9)]);
        return new Pieces(out, full);
    }

    private static final int CUT = -2;

    /** CUT when a heading mark at p cuts the line; the end of a side tab to drop; 0 otherwise. */
    private static int cutAt(String c, int p) {
        char ch = c.charAt(p);
        char prev = prevNonSpace(c, p);
        if (ch == '第') {
            if (HeadingMarks.chapterAt(c, p) != null) {
                return CUT;
            }
            int[] s = HeadingMarks.sectionAt(c, p);
            if (s != null) {
                if (validSection(c, s[1])) {
                    return CUT;
                }
                if (Character.isDigit(prev)) {
                    return s[1]; // "…実現5 第２節 に応じた": the side tab of the page
                }
            }
            return 0;
        }
        if (ch == '（' && HeadingMarks.itemAt(c, p) != null) {
            int[] it = HeadingMarks.itemAt(c, p);
            boolean ref = c.startsWith("参照", it[1]);
            boolean after = "。）＞】」".indexOf(prev) >= 0 || c.charAt(p - 1) == ' ';
            return after && !ref ? CUT : 0;
        }
        if (HeadingMarks.circled(ch) > 0) {
            boolean bad = TextNorm.isHiraganaChar(prev) || "、，「（・".indexOf(prev) >= 0 || (prev >= 'A' && prev <= 'z');
            boolean ref = c.startsWith("参照", p + 1);
            return !bad && !ref ? CUT : 0;
        }
        return 0;
    }

    public static boolean validSection(String c, int from) {
        if (from >= c.length()) {
            return false;
        }
        char f = c.charAt(from);
        if ("をにはがのとでへや、。".indexOf(f) >= 0) {
            return false;
        }
        int end = Math.min(c.length(), from + 40);
        return c.substring(from, end).indexOf('。') < 0;
    }

    private static char prevNonSpace(String c, int p) {
        for (int k = p - 1; k >= 0; k--) {
            if (c.charAt(k) != ' ') {
                return c.charAt(k);
            }
        }
        return ' ';
    }

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

    private static String neighbour(SourceLines src, int i, int step) {
        for (int k = i + step; k >= 0 && k < src.count; k += step) {
            if (!src.clean[k].isEmpty()) {
                return src.clean[k];
            }
        }
        return "";
    }

    private static boolean furiganaOnly(String c) {
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
