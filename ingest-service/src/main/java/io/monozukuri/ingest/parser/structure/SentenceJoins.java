package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.structure.Model.Node;

/**
 * Whether a paragraph can go on with the open sentence of a node (two-column pages interleave paragraphs: a
 * sentence stops mid-way and goes on dozens of lines later), and how well: the words across the join printed
 * elsewhere in the document. Shared by the reading flow and the placement of fragments.
 */
final class SentenceJoins {

    /** Lines around either side of a join that are searched for the words across it. */
    static final int JOIN_LINES = 80;

    static final String PARTICLES = "をにがはのとでへもや";

    private final LogicalLines lines;
    private final Reading reading;
    private long budget = -1; // characters the join scans may still read: keeps the whole parse linear
    private final StringBuilder win = new StringBuilder();

    SentenceJoins(LogicalLines lines, Reading reading) {
        this.lines = lines;
        this.reading = reading;
    }

    /** Last line of n's own text, not counting paragraphs still waiting for their place; -1 when none. */
    int lastLine(Node n) {
        for (int k = n.text.size() - 1; k >= 0; k--) {
            int l = n.text.get(k);
            if (!reading.pending(l)) {
                return l;
            }
        }
        return -1;
    }

    /** n's text is left open: its last line ends without {@code 。} or a closing bracket. */
    boolean dangling(Node n) {
        int last = lastLine(n);
        if (last < 0) {
            return false;
        }
        String l = lines.text(last);
        if (l.isEmpty() || l.charAt(0) == '※') {
            return false;
        }
        char c = l.charAt(l.length() - 1);
        return c != '。' && c != '）';
    }

    static int unclosed(String s, char open, char close) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == open) {
                d++;
            } else if (s.charAt(i) == close && d > 0) {
                d--;
            }
        }
        return d;
    }

    static int unmatchedClosing(String s, char open, char close) {
        if (s.indexOf(close) < 0) {
            return 0;
        }
        int d = 0;
        int un = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == open) {
                d++;
            } else if (s.charAt(i) == close) {
                if (d > 0) {
                    d--;
                } else {
                    un++;
                }
            }
        }
        return un;
    }

    /** The line opens mid-sentence: with a particle or a verb ending, or closing a quote it never opened. */
    boolean continuation(int line) {
        String c = lines.text(line);
        if (c.isEmpty()) {
            return false;
        }
        if ("をにはがのとでへもやたてしるれ".indexOf(c.charAt(0)) >= 0) {
            return true;
        }
        return unmatchedClosing(c, '「', '」') > 0;
    }

    /**
     * The paragraph starting at {@code line} can go on with the open sentence of {@code n}: n's text is left open
     * (no final 。), the join is not two particles ("…を" cannot go on with "は…") and the quotes agree (an
     * unmatched 」 needs an open 「 and vice versa).
     */
    boolean canContinue(Node n, int line) {
        int last = lastLine(n);
        if (last < 0) {
            return false;
        }
        String l = lines.text(last);
        if (l.isEmpty() || l.endsWith("。") || l.startsWith("※")) {
            return false;
        }
        String c = lines.text(line);
        if (PARTICLES.indexOf(l.charAt(l.length() - 1)) >= 0 && PARTICLES.indexOf(c.charAt(0)) >= 0) {
            return false;
        }
        int open = unclosed(tail(n), '「', '」');
        int closing = unmatchedClosing(c, '「', '」');
        return (open > 0) == (closing > 0);
    }

    private String tail(Node n) {
        StringBuilder tail = new StringBuilder();
        int taken = 0;
        for (int k = n.text.size() - 1; k >= 0 && taken < 6; k--) {
            int l = n.text.get(k);
            if (!reading.pending(l)) {
                tail.insert(0, lines.text(l));
                taken++;
            }
        }
        return tail.toString();
    }

    /**
     * How well the open sentence of n goes on with the paragraph at line: the length of the longest run of
     * characters across the join (the end of n's text, then the paragraph's first characters) that the document
     * prints elsewhere, within a few pages of either place. 0 when no run of 3 or more is found.
     */
    int junction(Node n, int line) {
        if (budget < 0) {
            budget = 200_000L + 60L * lines.count() * 2;
        }
        int last = lastLine(n);
        if (last < 0) {
            return 0;
        }
        String t = lines.squeezed(last);
        if (t.isEmpty()) {
            return 0;
        }
        String tl = t.length() > 4 ? t.substring(t.length() - 4) : t;
        StringBuilder h = new StringBuilder();
        for (int k = line; k < lines.count() && h.length() < 6; k++) {
            if (!lines.blank(k)) {
                h.append(lines.squeezed(k));
            }
        }
        if (h.length() == 0) {
            return 0;
        }
        String head = h.length() > 6 ? h.substring(0, 6) : h.toString();
        int a0 = Math.max(0, last - JOIN_LINES);
        int a1 = Math.min(lines.count(), last + JOIN_LINES);
        int b0 = Math.max(0, line - JOIN_LINES);
        int b1 = Math.min(lines.count(), line + JOIN_LINES);
        int best;
        if (a1 < b0 || b1 < a0) {
            best = Math.max(scan(tl, head, a0, a1, line), scan(tl, head, b0, b1, line));
        } else {
            best = scan(tl, head, Math.min(a0, b0), Math.max(a1, b1), line);
        }
        return best >= 3 ? best : 0;
    }

    /** Longest tail-suffix + head-prefix run printed in lines [from, to), not counting the paragraph's own place. */
    private int scan(String tl, String head, int from, int to, int line) {
        win.setLength(0);
        int own = -1;
        for (int k = from; k < to; k++) {
            if (k == line) {
                own = win.length();
            }
            if (!lines.blank(k)) {
                win.append(lines.squeezed(k));
            }
        }
        if (budget < win.length()) {
            return 0;
        }
        budget -= win.length();
        char endCh = tl.charAt(tl.length() - 1);
        char h0 = head.charAt(0);
        int best = 0;
        for (int p = 0, n = win.length() - 1; p < n; p++) {
            if (win.charAt(p) != endCh || win.charAt(p + 1) != h0 || p + 1 == own) {
                continue;
            }
            int b = 1;
            while (b < head.length() && p + 1 + b < win.length() && win.charAt(p + 1 + b) == head.charAt(b)) {
                b++;
            }
            int a = 1;
            while (a < tl.length() && p - a >= 0 && win.charAt(p - a) == tl.charAt(tl.length() - 1 - a)) {
                a++;
            }
            best = Math.max(best, a + b);
        }
        return best;
    }
}
