package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.text.JunctionIndex;
import io.monozukuri.ingest.parser.text.Pieces.Piece;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a heading ends, read by content whatever the line ends: the heading's text and the pieces after it, up to
 * the next heading (a mark, or an unmarked subsection heading) or the end of the first body sentence, are one
 * window, and {@link TitleBoundary} finds the end of the title in it (its clauses, a body start, a bracket group,
 * a fragment, a junction of two texts). A window without any body sentence is all title: text without a sentence
 * end between two headings is the end of the first one's title (a title wrapped over lines, even mid-word or
 * mid-number: {@code （22} / {@code 億円）}). Line ends only break the tie when the words cannot decide.
 */
final class HeadingExtent {

    /** Longest heading window read (characters): a title with its clauses is far shorter. */
    static final int MAX_WINDOW = 300;

    /**
     * The last piece of the heading and, when the heading ends inside it, where (-1: the whole piece); whether the
     * words alone chose the end, and whether a line end confirms it.
     */
    record End(int piece, int cut, TitleBoundary.Evidence evidence, boolean atLineEnd) {

        /** The end is a guess of the words that no line end confirms: reported as HEADING_END_UNCERTAIN. */
        boolean uncertain() {
            return (evidence == TitleBoundary.Evidence.GUESS || evidence == TitleBoundary.Evidence.NONE) && !atLineEnd;
        }

        /** The end was found by a line end alone. */
        boolean byLineEnd() {
            return evidence == TitleBoundary.Evidence.LINE_END;
        }
    }

    private final List<Piece> ps;
    private final JunctionIndex index;
    private final IntPredicate startsSubsection;

    HeadingExtent(List<Piece> ps, JunctionIndex index, IntPredicate startsSubsection) {
        this.ps = ps;
        this.index = index;
        this.startsSubsection = startsSubsection;
    }

    private boolean heading(int k) {
        return k >= ps.size() || HeadingMarks.opensHeading(ps.get(k).text()) || startsSubsection.test(k);
    }

    /** The end of the item, sub-item, section or number-first subsection heading whose title starts at restStart. */
    End end(int i, int restStart) {
        StringBuilder w = new StringBuilder(ps.get(i).text().substring(restStart));
        int[] starts = new int[16];
        int count = 1;
        int last = i;
        Signal signal = new Signal();
        signal.read(w);
        while (w.length() < MAX_WINDOW && !signal.found) {
            int k = last + 1;
            if (heading(k) || count == starts.length) {
                break;
            }
            starts[count++] = w.length();
            w.append(ps.get(k).text());
            signal.read(ps.get(k).text());
            last = k;
        }
        String window = w.toString();
        int[] lineEnds = new int[count];
        int hints = 0;
        for (int k = 0; k < count; k++) {
            if (ps.get(i + k).hardEnd()) {
                lineEnds[hints++] = k + 1 < count ? starts[k + 1] : window.length();
            }
        }
        int[] soft = new int[8];
        int softCount = 0;
        for (int k = 0; k < count; k++) {
            Piece p = ps.get(i + k);
            int base = starts[k] - (k == 0 ? restStart : 0);
            for (int b : p.breaks()) {
                if (base + b > 0 && base + b < window.length()) {
                    if (softCount == soft.length) {
                        soft = java.util.Arrays.copyOf(soft, softCount * 2);
                    }
                    soft[softCount++] = base + b;
                }
            }
        }
        TitleBoundary.Split sp = TitleBoundary.find(
                ps.get(i).text().substring(0, restStart),
                window,
                java.util.Arrays.copyOf(lineEnds, hints),
                java.util.Arrays.copyOf(soft, softCount),
                index);
        int at = sp.end();
        if (at < 0 && !signal.found) {
            return new End(last, -1, sp.evidence(), true); // no body: the whole window is the title
        }
        if (at <= 0) { // the words cannot tell: the first line end
            at = ps.get(i).text().length() - restStart;
            for (int k = 1; at <= 0 && k < count; k++) {
                at = k + 1 < count ? starts[k + 1] : window.length();
            }
        }
        int k = count - 1;
        while (k > 0 && starts[k] > at) {
            k--;
        }
        // an end at a piece boundary belongs to the piece before it
        if (k > 0 && starts[k] == at) {
            k--;
        }
        int piece = i + k;
        int cut = at - starts[k] + (k == 0 ? restStart : 0);
        int len = ps.get(piece).text().length();
        boolean lineEnd = cut >= len;
        return new End(piece, lineEnd ? -1 : cut, sp.evidence(), lineEnd);
    }

    /**
     * The body signal of {@link TitleClauses#bodySignal} read piece by piece: a {@code 。} outside brackets, or a
     * comma after kana (spaces skipped).
     */
    private static final class Signal {
        boolean found;
        private int depth;
        private char last1 = ' ';
        private char last2 = ' ';

        void read(CharSequence t) {
            for (int k = 0; k < t.length() && !found; k++) {
                char c = t.charAt(k);
                if (c == ' ') {
                    continue;
                }
                if (c == '（' || c == '＜' || c == '【' || c == '「') {
                    depth++;
                } else if ((c == '）' || c == '＞' || c == '】' || c == '」') && depth > 0) {
                    depth--;
                } else if (depth == 0 && c == '。') {
                    found = true;
                } else if (depth == 0 && c == '、' && (hira(last1) || hira(last2))) {
                    found = true;
                }
                last2 = last1;
                last1 = c;
            }
        }

        private static boolean hira(char c) {
            return c >= '\u3041' && c <= '\u309F';
        }
    }
}
