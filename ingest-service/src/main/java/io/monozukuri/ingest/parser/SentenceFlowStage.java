package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.List;

/** Stage: the reading flow — each sentence goes to the node whose text it continues (two-column pages, page breaks). */
abstract class SentenceFlowStage extends ItemGroupingStage {

    SentenceFlowStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    /** Last line of n's own text, not counting paragraphs still waiting for their place; -1 when none. */
    int lastLine(Node n) {
        for (int k = n.text.size() - 1; k >= 0; k--) {
            int l = n.text.get(k);
            if (pendingFrag == null || !pendingFrag[l]) {
                return l;
            }
        }
        return -1;
    }

    boolean dangling(Node n) {
        int last = lastLine(n);
        if (last < 0) {
            return false;
        }
        String l = cl[last];
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

    boolean continuation(int line) {
        String c = cl[line];
        if (c.isEmpty()) {
            return false;
        }
        if ("をにはがのとでへもやたてしるれ".indexOf(c.charAt(0)) >= 0) {
            return true;
        }
        return unmatchedClosing(c, '「', '」') > 0;
    }

    static final String PARTICLES = "をにがはのとでへもや";

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
        String l = cl[last];
        if (l.isEmpty() || l.endsWith("。") || l.startsWith("※")) {
            return false;
        }
        String c = cl[line];
        if (PARTICLES.indexOf(l.charAt(l.length() - 1)) >= 0 && PARTICLES.indexOf(c.charAt(0)) >= 0) {
            return false;
        }
        int open = unclosed(tail(n), '「', '」');
        int closing = unmatchedClosing(c, '「', '」');
        return (open > 0) == (closing > 0);
    }

    String tail(Node n) {
        StringBuilder tail = new StringBuilder();
        int taken = 0;
        for (int k = n.text.size() - 1; k >= 0 && taken < 6; k--) {
            int l = n.text.get(k);
            if (pendingFrag == null || !pendingFrag[l]) {
                tail.insert(0, cl[l]);
                taken++;
            }
        }
        return tail.toString();
    }

    /** The current node's text is left open (no final 。) and the quotes agree: the paragraph continues it. */
    boolean fitsCurrent(int line) {
        return canContinue(curNode, line);
    }

    /**
     * A paragraph that continues a sentence left open elsewhere (two-column interleaving): among the open nodes
     * whose sentence it can continue, the one whose words across the join occur elsewhere in the document, then
     * the current node, then the latest. Null when none can take it.
     */
    Node continuationTarget(int line) {
        List<Node> cands = new ArrayList<>();
        for (Group g : openGroups()) {
            for (Node it : g.items.subList(Math.max(0, g.items.size() - 4), g.items.size())) {
                if (dangling(it) && canContinue(it, line)) {
                    cands.add(it);
                }
                for (Node n : it.children.subList(Math.max(0, it.children.size() - 4), it.children.size())) {
                    if (dangling(n) && canContinue(n, line)) {
                        cands.add(n);
                    }
                }
            }
        }
        return bestJoin(cands, line);
    }

    Node bestJoin(List<Node> cands, int line) {
        if (cands.isEmpty()) {
            return null;
        }
        if (cands.size() == 1) {
            return cands.get(0);
        }
        Node best = null;
        int bestScore = -1;
        int second = -1;
        for (Node n : cands) {
            int sc = junction(n, line) * 4 + (n == curNode ? 1 : 0);
            if (sc >= bestScore) {
                second = bestScore;
                bestScore = sc;
                best = n;
            } else {
                second = Math.max(second, sc);
            }
        }
        if (bestScore / 4 == second / 4 && bestScore / 4 < 3) {
            warn(
                    line,
                    "BODY_PLACEMENT_UNCERTAIN",
                    "paragraph continuing an open sentence: " + cands.size()
                            + " nodes could take it, none clearly better");
        }
        return best;
    }

    // ----------------------------------------------------------------- joins

    static final int JOIN_LINES = 80;
    long joinBudget = -1; // characters the join scans may still read: keeps the whole parse linear
    final StringBuilder win = new StringBuilder();

    /**
     * How well the open sentence of n goes on with the paragraph at line: the length of the longest run of
     * characters across the join (the end of n's text, then the paragraph's first characters) that the document
     * prints elsewhere, within a few pages of either place. 0 when no run of 3 or more is found.
     */
    int junction(Node n, int line) {
        if (joinBudget < 0) {
            joinBudget = 200_000L + 60L * lineCount * 2;
        }
        int last = lastLine(n);
        if (last < 0) {
            return 0;
        }
        String t = sq(last);
        if (t.isEmpty()) {
            return 0;
        }
        String tl = t.length() > 4 ? t.substring(t.length() - 4) : t;
        StringBuilder h = new StringBuilder();
        for (int k = line; k < lineCount && h.length() < 6; k++) {
            if (!blank(k)) {
                h.append(sq(k));
            }
        }
        if (h.length() == 0) {
            return 0;
        }
        String head = h.length() > 6 ? h.substring(0, 6) : h.toString();
        int a0 = Math.max(0, last - JOIN_LINES);
        int a1 = Math.min(lineCount, last + JOIN_LINES);
        int b0 = Math.max(0, line - JOIN_LINES);
        int b1 = Math.min(lineCount, line + JOIN_LINES);
        int best;
        if (a1 < b0 || b1 < a0) {
            best = Math.max(scan(tl, head, a0, a1, line), scan(tl, head, b0, b1, line));
        } else {
            best = scan(tl, head, Math.min(a0, b0), Math.max(a1, b1), line);
        }
        return best >= 3 ? best : 0;
    }

    /** Longest tail-suffix + head-prefix run printed in lines [from, to), not counting the paragraph's own place. */
    int scan(String tl, String head, int from, int to, int line) {
        win.setLength(0);
        int own = -1;
        for (int k = from; k < to; k++) {
            if (k == line) {
                own = win.length();
            }
            if (!blank(k)) {
                win.append(sq(k));
            }
        }
        if (joinBudget < win.length()) {
            return 0;
        }
        joinBudget -= win.length();
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

    /** The paragraph at line opens with a sentence end of a few characters ("構築した。"): the tail of a sentence. */
    boolean shortSentenceTail(int line) {
        int n = 0;
        for (int k = line; k < lineCount && k < line + 2; k++) {
            if (k > line && (blank(k) || pageStart[k] || structural(k))) {
                return false;
            }
            String c = cl[k];
            if (c.startsWith("※")) {
                return false;
            }
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (ch == '。') {
                    return n > 0 && n <= 10;
                }
                if (ch != ' ') {
                    n++;
                }
                if (n > 10) {
                    return false;
                }
            }
        }
        return false;
    }

    void onText(Event ev) {
        for (int line = ev.start; line <= ev.end; line++) {
            if (blank(line)) {
                continue;
            }
            if (lastWasHeading && !leadingSlots.isEmpty()) {
                // heading printed in place before its own text: a subsection without items
                SubNode sn = leadingSlots.remove(0);
                sn.self.inPlace = true;
                curNode = sn.self;
                curItem = null;
                curGroup = null;
                openFrag = null;
            }
            if (curNode == null) {
                continue; // preamble
            }
            boolean paraStart =
                    curNode.text.isEmpty() || lastWasHeading || line == 0 || blank(line - 1) || pageStart[line];
            if (!paraStart && openFrag != null) {
                openFrag.lines.add(line);
                pendingFrag[line] = true;
            } else {
                openFrag = null;
            }
            if (paraStart) {
                boolean cont = continuation(line);
                // where the reading flow resumes (page start, after a heading block), a paragraph opening with a
                // few characters and 。 ends a sentence cut elsewhere
                boolean sentenceTail = !cont
                        && (pageStart[line] || lastWasHeading)
                        && !curNode.text.isEmpty()
                        && !dangling(curNode)
                        && shortSentenceTail(line);
                if ((cont || sentenceTail) && !fitsCurrent(line)) {
                    Node target = continuationTarget(line);
                    if (target != null && target != curNode) {
                        // the reading flow moves to the other column
                        curNode = target;
                        curItem = target.parent != null ? target.parent : target;
                        curGroup = target.group;
                    } else if (target == null && cont) {
                        // its sentence starts later (or in a node not open yet): read here for now, placed after
                        // the structure pass
                        if (pendingFrag == null) {
                            pendingFrag = new boolean[lineCount];
                        }
                        openFrag = new Frag(dangling(curNode) || unmatchedClosing(cl[line], '「', '」') > 0);
                        openFrag.lines.add(line);
                        pendingFrag[line] = true;
                        frags.add(openFrag);
                    }
                }
            }
            List<Integer> t = curNode.text;
            boolean newPara = t.isEmpty() || lastWasHeading || sentenceBreak(t.get(t.size() - 1), line);
            t.add(line);
            if (!curNode.inPlace && newPara && (lastWasHeading || t.size() > 1)) {
                winParas.add(new Para(curNode, t.size() - 1, lastWasHeading));
            }
            lastWasHeading = false;
        }
    }

    /**
     * A new sentence starts the paragraph at line (the previous one ended with 。): where the structure rules may
     * cut a node's text, whatever the layout. Printed paragraphs ({@link #paraBreak}) only shape descriptions.
     */
    boolean sentenceBreak(int prevLine, int line) {
        String p = cl[prevLine];
        return line != prevLine && !p.isEmpty() && p.charAt(p.length() - 1) == '。';
    }

    /** A printed paragraph break between two lines of a node's text (layout hints: indent, empty line, gap). */
    boolean paraBreak(int prevLine, int line) {
        String p = cl[prevLine];
        if (p.isEmpty() || p.charAt(p.length() - 1) != '。') {
            return false;
        }
        if (paraHint[line]) {
            return true;
        }
        for (int k = prevLine + 1; k < line; k++) {
            if (!cl[k].isEmpty()) {
                return true;
            }
        }
        return srcFirst[line] > srcLast[prevLine] + 1;
    }
}
