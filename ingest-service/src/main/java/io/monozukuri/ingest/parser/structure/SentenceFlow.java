package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.Fragment;
import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.Para;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5c: the reading flow — each sentence goes to the node whose text it continues. A sentence that starts
 * mid-sentence (particle first, an unmatched {@code 」}) — or, where the reading flow resumes (page start, after a
 * heading block), one of at most ten characters ending with {@code 。} — goes on with the open sentence of a node
 * whose text lacks a final {@code 。} (two-column pages); when none can take it yet, it is kept as a fragment and
 * placed after the pass ({@link FragmentPlacement}). A subsection heading printed in place takes the text after it.
 */
final class SentenceFlow {

    private final Reading reading;
    private final SentenceJoins joins;
    private final LogicalLines lines;
    private final Warnings warnings;

    SentenceFlow(Reading reading, SentenceJoins joins, LogicalLines lines, Warnings warnings) {
        this.reading = reading;
        this.joins = joins;
        this.lines = lines;
        this.warnings = warnings;
    }

    void onText(Event ev) {
        Reading r = reading;
        for (int line = ev.start; line <= ev.end; line++) {
            if (lines.blank(line)) {
                continue;
            }
            if (r.afterHeading && !r.leadingSlots.isEmpty()) {
                // heading printed in place before its own text: a subsection without items
                SubNode sn = r.leadingSlots.remove(0);
                sn.self.inPlace = true;
                r.node = sn.self;
                r.item = null;
                r.group = null;
                r.openFragment = null;
            }
            if (r.node == null) {
                continue; // preamble
            }
            boolean paraStart = r.node.text.isEmpty()
                    || r.afterHeading
                    || line == 0
                    || lines.blank(line - 1)
                    || lines.pageStart[line];
            if (!paraStart && r.openFragment != null) {
                r.openFragment.lines.add(line);
                r.pendingFragment[line] = true;
            } else {
                r.openFragment = null;
            }
            if (paraStart) {
                placeParagraphStart(line);
            }
            List<Integer> t = r.node.text;
            boolean newPara =
                    t.isEmpty() || r.afterHeading || LogicalLines.sentenceBreak(lines, t.get(t.size() - 1), line);
            t.add(line);
            if (!r.node.inPlace && newPara && (r.afterHeading || t.size() > 1)) {
                r.windowParas.add(new Para(r.node, t.size() - 1, r.afterHeading));
            }
            r.afterHeading = false;
        }
    }

    /** A paragraph starts at line: it may go on with an open sentence elsewhere, or wait as a fragment. */
    private void placeParagraphStart(int line) {
        Reading r = reading;
        boolean cont = joins.continuation(line);
        // where the reading flow resumes (page start, after a heading block), a paragraph opening with a few
        // characters and 。 ends a sentence cut elsewhere
        boolean sentenceTail = !cont
                && (lines.pageStart[line] || r.afterHeading)
                && !r.node.text.isEmpty()
                && !joins.dangling(r.node)
                && shortSentenceTail(line);
        if ((cont || sentenceTail) && !joins.canContinue(r.node, line)) {
            Node target = continuationTarget(line);
            if (target != null && target != r.node) {
                // the reading flow moves to the other column
                r.node = target;
                r.item = target.parent != null ? target.parent : target;
                r.group = target.group;
            } else if (target == null && cont) {
                // its sentence starts later (or in a node not open yet): read here for now, placed after the pass
                if (r.pendingFragment == null) {
                    r.pendingFragment = new boolean[lines.count()];
                }
                r.openFragment = new Fragment(
                        joins.dangling(r.node) || SentenceJoins.unmatchedClosing(lines.text(line), '「', '」') > 0);
                r.openFragment.lines.add(line);
                r.pendingFragment[line] = true;
                r.fragments.add(r.openFragment);
            }
        }
    }

    /**
     * A paragraph that continues a sentence left open elsewhere (two-column interleaving): among the open nodes
     * whose sentence it can continue, the one whose words across the join occur elsewhere in the document, then
     * the current node, then the latest. Null when none can take it.
     */
    private Node continuationTarget(int line) {
        List<Node> cands = new ArrayList<>();
        for (Group g : reading.openGroups()) {
            for (Node it : g.items.subList(Math.max(0, g.items.size() - 4), g.items.size())) {
                if (joins.dangling(it) && joins.canContinue(it, line)) {
                    cands.add(it);
                }
                for (Node n : it.children.subList(Math.max(0, it.children.size() - 4), it.children.size())) {
                    if (joins.dangling(n) && joins.canContinue(n, line)) {
                        cands.add(n);
                    }
                }
            }
        }
        return bestJoin(cands, line);
    }

    private Node bestJoin(List<Node> cands, int line) {
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
            int sc = joins.junction(n, line) * 4 + (n == reading.node ? 1 : 0);
            if (sc >= bestScore) {
                second = bestScore;
                bestScore = sc;
                best = n;
            } else {
                second = Math.max(second, sc);
            }
        }
        if (bestScore / 4 == second / 4 && bestScore / 4 < 3) {
            warnings.add(
                    lines.warningLine(line),
                    "BODY_PLACEMENT_UNCERTAIN",
                    "paragraph continuing an open sentence: " + cands.size()
                            + " nodes could take it, none clearly better");
        }
        return best;
    }

    /** The paragraph at line opens with a sentence end of a few characters ("構築した。"): the tail of a sentence. */
    private boolean shortSentenceTail(int line) {
        int n = 0;
        for (int k = line; k < lines.count() && k < line + 2; k++) {
            if (k > line && (lines.blank(k) || lines.pageStart[k] || lines.structural(k))) {
                return false;
            }
            String c = lines.text(k);
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
}
