package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.text.Pieces.Piece;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;

/**
 * Body text as sentences: the text between two headings is cut after each {@code 。} outside brackets, and each
 * sentence (or the unfinished end of one, cut by a heading or a column) becomes one logical line. A sentence knows
 * whether it opens where a page starts or where a printed paragraph starts (hints for the reading-flow rules and
 * the paragraph breaks of descriptions); where the line ends were is forgotten.
 */
final class Sentences {

    private final ReadingText out;
    private final SourceLines src;
    private final StringBuilder cur = new StringBuilder();
    private int first = -1;
    private int last = -1;
    private boolean page;
    private boolean para;
    private int depth;
    private int quotes;
    private int quoteOpenedAt = -1;
    /** Offsets in cur where a piece (a printed line) starts, and the source line of each. */
    private final java.util.List<int[]> starts = new java.util.ArrayList<>();

    Sentences(ReadingText out, SourceLines src) {
        this.out = out;
        this.src = src;
    }

    boolean pageHint(Piece p) {
        return p.lineStart() && src.pageStart[p.line()];
    }

    boolean paragraphHint(Piece p) {
        int l = p.line();
        return p.lineStart() && (src.indent[l] || src.emptyBefore[l] || src.pageStart[l]);
    }

    /** Nothing of a sentence is pending: the next text starts one. */
    boolean atSentenceStart() {
        return cur.length() == 0;
    }

    /**
     * Two particles that cannot follow each other ({@code …仕掛けを} + {@code は 10％…}): the piece starts a
     * fragment of another sentence (a column or a page printed in between), so the pending text ends here.
     */
    private boolean impossibleJoin(String next) {
        if (cur.length() == 0 || next.isEmpty()) {
            return false;
        }
        char a = cur.charAt(cur.length() - 1);
        char b = next.charAt(0);
        return "をがは".indexOf(a) >= 0 && "をがはにのでへとも".indexOf(b) >= 0;
    }

    void add(Piece p) {
        String t = p.text();
        if (impossibleJoin(t)) {
            flush();
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (k > 0 && p.breaks().length > 0 && isBreak(p, k) && impossibleJoin(t.substring(k))) {
                flush(); // two fragments meet at a line of a text cut by a width
            }
            if (cur.length() == 0) {
                if (c == ' ') {
                    continue;
                }
                first = p.lineAt(k);
                page = k == 0 && pageHint(p);
                para = k == 0 && paragraphHint(p);
                depth = 0;
                quotes = 0;
                quoteOpenedAt = -1;
                starts.clear();
            } else if (k == 0
                    && TextNorm.isAsciiWordChar(cur.charAt(cur.length() - 1))
                    && TextNorm.isAsciiWordChar(c)) {
                cur.append(' ');
            }
            if (k == 0 && cur.length() > 0) {
                starts.add(new int[] {cur.length(), p.lineAt(k), pageHint(p) ? 1 : 0, paragraphHint(p) ? 1 : 0});
            } else if (k > 0 && cur.length() > 0 && isBreak(p, k)) {
                starts.add(new int[] {cur.length(), p.lineAt(k), 0, 0}); // a line of a text cut by a width
            }
            cur.append(c);
            last = p.lineAt(k);
            if (c == '（') {
                depth++;
            } else if (c == '）' && depth > 0) {
                depth--;
            } else if (c == '「') {
                if (quotes++ == 0) {
                    quoteOpenedAt = cur.length();
                }
            } else if (c == '」' && quotes > 0) {
                quotes--;
            } else if (c == '。' && depth == 0 && (k + 1 >= t.length() || t.charAt(k + 1) != '」')) {
                if (quotes > 0) {
                    splitAtJunction();
                }
                flush();
            }
        }
    }

    /**
     * A sentence ends with a quote still open ({@code 「中小企業…のため} + {@code を行って…実施した。}): two fragments
     * were printed one after the other. The text is cut where the last printed line after the quote opens with a
     * particle, the start of the second fragment.
     */
    private void splitAtJunction() {
        for (int q = starts.size() - 1; q >= 0; q--) {
            int[] st = starts.get(q);
            if (st[0] <= quoteOpenedAt || st[0] >= cur.length()) {
                continue;
            }
            if ("をにはがのとでへもや".indexOf(cur.charAt(st[0])) >= 0) {
                String rest = cur.substring(st[0]);
                int restFirst = st[1];
                boolean restPage = st[2] == 1;
                boolean restPara = st[3] == 1;
                cur.setLength(st[0]);
                int keepLast = last;
                last = q > 0 ? starts.get(q - 1)[1] : first;
                flush();
                cur.append(rest);
                first = restFirst;
                last = keepLast;
                page = restPage;
                para = restPara;
                return;
            }
        }
    }

    private static boolean isBreak(Piece p, int k) {
        for (int b : p.breaks()) {
            if (b == k) {
                return true;
            }
        }
        return false;
    }

    void flush() {
        String s = cur.toString().trim();
        if (!s.isEmpty()) {
            out.blankLine(first);
            int idx = out.addLine(s, first, last, page, para);
            out.tokens.add(new ReadingText.Token(ReadingText.Kind.TEXT, 0, null, idx, idx));
        }
        cur.setLength(0);
        starts.clear();
        quotes = 0;
        quoteOpenedAt = -1;
    }
}
