package io.monozukuri.ingest.parser.text;

import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.award.AwardCells;
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

    private static final int[] NO_BREAKS = new int[0];

    public final List<Piece> list;
    /** The width (characters) a text cut by a fixed line width was cut at; 0 when its lines were not. */
    public final int wrapWidth;

    private Pieces(List<Piece> list, int wrapWidth) {
        this.list = list;
        this.wrapWidth = wrapWidth;
    }

    public static Pieces of(SourceLines src) {
        int width = wrapWidth(src);
        List<Piece> lines = logicalLines(src, width);
        int[] widths = new int[lines.size()];
        for (int k = 0; k < widths.length; k++) {
            widths[k] = TextNorm.width(lines.get(k).text());
        }
        int full = fullWidth(widths);
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

    /**
     * The printed lines: the source lines without noise, a line cut by the width of a re-wrapped text ({@link
     * #wrapWidth}) joined with the lines it goes on on (the offsets of the joins kept as breaks).
     */
    private static List<Piece> logicalLines(SourceLines src, int width) {
        List<Piece> out = new ArrayList<>(src.count);
        StringBuilder logical = new StringBuilder();
        int[] breaks = new int[8];
        for (int i = 0; i < src.count; i++) {
            String c = src.clean[i];
            if (c.isEmpty() || noiseLine(src, i)) {
                continue;
            }
            logical.setLength(0);
            logical.append(c);
            int nb = 0;
            int first = i;
            while (width > 0 && i + 1 < src.count && cutByWidth(src, i, width) && joinable(src, i + 1)) {
                i++;
                if (nb == breaks.length) {
                    breaks = Arrays.copyOf(breaks, nb * 2);
                }
                if (src.pageStart[i] || src.raw[i - 1].endsWith(" ") || src.raw[i - 1].endsWith("\u3000")) {
                    logical.append(' '); // a space at the cut is the text's own (…2020 年 / 10)
                }
                breaks[nb++] = logical.length();
                logical.append(src.clean[i]);
            }
            c = logical.toString();
            if (nb == 0) {
                c = removeFurigana(c);
            }
            if (!c.isEmpty()) {
                out.add(new Piece(c, first, true, false, nb == 0 ? NO_BREAKS : Arrays.copyOf(breaks, nb)));
            }
        }
        return out;
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

    /**
     * The display width (ASCII 1, other characters 2) of a full printed line: the most frequent width of the
     * printed lines at least 20 wide; a line narrower than it by more than two characters ended before the width
     * (a hint for the end of a heading). For a short text, the width of its widest line.
     */
    static int fullWidth(int[] widths) {
        int[] hist = new int[1024];
        int n = 0;
        int widest = 0;
        for (int width : widths) {
            int w = Math.min(hist.length - 1, width);
            widest = Math.max(widest, w);
            if (w >= 20) {
                hist[w]++;
                n++;
            }
        }
        if (n < 20) {
            return widest;
        }
        int best = 20;
        for (int w = 20; w < hist.length - 1; w++) {
            if (hist[w] > hist[best]) {
                best = w;
            }
        }
        return best;
    }

    /** The line is as long as the width (its leading space counted or not: a cut before a space looks like a mark). */
    private static boolean cutByWidth(SourceLines src, int i, int width) {
        return rawLength(src, i) == width || src.raw[i].length() == width;
    }

    private static int rawLength(SourceLines src, int i) {
        String r = src.raw[i];
        return src.pageStart[i] ? r.length() - 1 : r.length();
    }

    /** The line after a line cut by the width goes on with it (even a lone {@code 第}: the rest of the cut line). */
    private static boolean joinable(SourceLines src, int next) {
        return !src.clean[next].isEmpty();
    }

    /**
     * The width a text was cut at when it was cut by a fixed number of characters (lines re-wrapped by a tool): the
     * longest line length that at least 5% of the lines have, when no more than 2% of the lines are longer. 0 for
     * printed text, whose full lines vary in length with the width of their characters (and whose line ends are
     * read by content only). A line of that length goes on on the next line.
     */
    static int wrapWidth(SourceLines src) {
        int[] hist = new int[512];
        int lines = 0;
        for (int i = 0; i < src.count; i++) {
            if (!src.clean[i].isEmpty()) {
                hist[Math.min(hist.length - 1, rawLength(src, i))]++;
                lines++;
            }
        }
        if (lines < 20) {
            return 0;
        }
        int longer = 0;
        for (int l = hist.length - 1; l >= 8; l--) {
            if (hist[l] * 20 >= lines) {
                return longer * 50 <= lines ? l : 0;
            }
            longer += hist[l];
        }
        return 0;
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
