package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.award.AwardCells;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import java.util.ArrayList;
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

    /**
     * A run of text of one logical line: its first source line, whether it opens that line, whether it ends the
     * line where the line ended before the width (a hint: {@link #hardEnd}), and the offsets in {@code text} where
     * the following source lines of a line unwrapped over several begin.
     */
    public record Piece(String text, int line, boolean lineStart, boolean hardEnd, int[] breaks) {

        public Piece(String text, int line, boolean lineStart) {
            this(text, line, lineStart, false, NO_BREAKS);
        }

        /** The source line of the character at offset. */
        public int lineAt(int offset) {
            int l = line;
            for (int b : breaks) {
                if (b <= offset) {
                    l++;
                }
            }
            return l;
        }

        /** The source line of the last character. */
        public int lastLine() {
            return lineAt(Math.max(0, text.length() - 1));
        }

        /** The text before offset cut. */
        public Piece head(int cut) {
            return new Piece(
                    text.substring(0, cut), line, lineStart, hardEnd && cut >= text.length(), below(breaks, cut, 0));
        }

        /** The text from offset cut on, leading spaces dropped; null when nothing is left. */
        public Piece tail(int cut) {
            int from = cut;
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            if (from >= text.length()) {
                return null;
            }
            int l = lineAt(from);
            int[] rest = below(breaks, text.length(), from);
            return new Piece(text.substring(from).trim(), l, false, hardEnd, rest);
        }

        private static int[] below(int[] breaks, int limit, int from) {
            int n = 0;
            for (int b : breaks) {
                if (b > from && b < limit) {
                    n++;
                }
            }
            if (n == 0) {
                return NO_BREAKS;
            }
            int[] out = new int[n];
            int k = 0;
            for (int b : breaks) {
                if (b > from && b < limit) {
                    out[k++] = b - from;
                }
            }
            return out;
        }
    }

    static final int[] NO_BREAKS = new int[0];

    public final List<Piece> list;
    /** The width (characters) a text cut by a fixed line width was cut at; 0 when its lines were not. */
    public final int wrapWidth;

    private Pieces(List<Piece> list, int wrapWidth) {
        this.list = list;
        this.wrapWidth = wrapWidth;
    }

    public static Pieces of(SourceLines src) {
        int width = PrintedLines.wrapWidth(src);
        List<Piece> lines = PrintedLines.logicalLines(src, width);
        int[] widths = new int[lines.size()];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = TextNorm.width(lines.get(k).text());
        }
        int full = PrintedLines.fullWidth(widths);
        List<Piece> out = new ArrayList<>(lines.size() + lines.size() / 4);
        int depth = 0;
        for (int li = 0; li < lines.size(); li++) {
            Piece logical = lines.get(li);
            String c = logical.text();
            if (HeadingMarks.opensHeading(c)) {
                depth = 0;
            }
            boolean hard = widths[li] < full - 4;
            Piece line = new Piece(c, logical.line(), true, hard, logical.breaks());
            int from = 0;
            for (int p = 0; p < c.length(); p++) {
                char ch = c.charAt(p);
                if (p > from && depth == 0 && c.charAt(p - 1) == '。' && "）」。".indexOf(ch) < 0) {
                    add(out, line, from, p); // a sentence ends: what follows may be a heading (lines joined)
                    from = p;
                }
                if (p > from && depth == 0 && mayCut(ch)) {
                    int cut = cutAt(c, p);
                    if (cut == CUT) {
                        add(out, line, from, p);
                        from = p;
                    } else if (cut > 0) { // a side tab: dropped
                        add(out, line, from, p);
                        from = cut;
                        p = cut - 1;
                        continue;
                    }
                }
                if (ch == '（' || ch == '＜' || ch == '【') {
                    depth++;
                } else if ((ch == '）' || ch == '＞' || ch == '】') && depth > 0) {
                    depth--;
                } else if (ch == '。' && depth > 0 && p + 1 < c.length() && c.charAt(p + 1) != '）') {
                    depth = 0; // a bracket left open by a misprint does not hide the headings that follow
                }
            }
            add(out, line, from, c.length());
            if (depth > 3) {
                depth = 0;
            }
        }
        return new Pieces(out, width);
    }

    /** The part [from, to) of a logical line as a piece, spaces around it dropped; nothing when empty. */
    private static void add(List<Piece> out, Piece line, int from, int to) {
        String t = line.text();
        int a = from;
        int b = to;
        while (a < b && t.charAt(a) == ' ') {
            a++;
        }
        while (b > a && t.charAt(b - 1) == ' ') {
            b--;
        }
        if (a == b) {
            return;
        }
        int[] breaks = line.breaks();
        int first = line.line();
        int n = 0;
        for (int k : breaks) {
            if (k <= a) {
                first++;
            } else if (k < b) {
                n++;
            }
        }
        int[] inner = NO_BREAKS;
        if (n > 0) {
            inner = new int[n];
            int q = 0;
            for (int k : breaks) {
                if (k > a && k < b) {
                    inner[q++] = k - a;
                }
            }
        }
        out.add(new Piece(t.substring(a, b), first, from == 0, line.hardEnd() && to == t.length(), inner));
    }

    /** Characters at which a heading mark, a side tab or the award header can start. */
    private static boolean mayCut(char ch) {
        return ch == '第' || ch == '（' || ch == '表' || HeadingMarks.circled(ch) > 0;
    }

    private static final int CUT = -2;
    private static final String AWARD_HEADER = "表彰制度名";

    /** CUT when a heading mark at p cuts the line; the end of a side tab to drop; 0 otherwise. */
    private static int cutAt(String c, int p) {
        char ch = c.charAt(p);
        char prev = prevNonSpace(c, p);
        if (ch == '表' && c.startsWith(AWARD_HEADER, p) && AwardCells.isHeader(c.substring(p))) {
            return CUT; // the award table's header row starts here (after the chapter's title)
        }
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
            boolean ref =
                    c.startsWith("参照", it[1]) || (it[1] < c.length() && HeadingMarks.circled(c.charAt(it[1])) > 0);
            return prev != '、' && prev != '，' && !ref ? CUT : 0;
        }
        if (HeadingMarks.circled(ch) > 0) {
            boolean bad = "、，「（・".indexOf(prev) >= 0 || (prev >= 'A' && prev <= 'z');
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
        int end = Math.min(c.length(), from + 8); // a title, not a sentence, follows the mark
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
}
