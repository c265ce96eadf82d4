package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.Fragment;
import io.monozukuri.ingest.parser.structure.Model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 5d: after the structure pass, the fragments (paragraphs that start mid-sentence and could continue no open
 * node when read: the sentence they end is printed later, in the other column, or in a node not yet open) go to
 * the node within {@link #RANGE} lines whose text is still left open and can go on with them (best join first,
 * then the nearest). When none can, a fragment stays where it was read ({@code BODY_PLACEMENT_UNCERTAIN} when it
 * certainly ends a sentence). Input: the nodes and the fragments; output: the nodes' texts.
 */
final class FragmentPlacement {

    /** Lines around a fragment searched for the node it goes on with. */
    static final int RANGE = 400;

    private final Reading reading;
    private final SentenceJoins joins;
    private final LogicalLines lines;
    private final Warnings warnings;

    FragmentPlacement(Reading reading, SentenceJoins joins, LogicalLines lines, Warnings warnings) {
        this.reading = reading;
        this.joins = joins;
        this.lines = lines;
        this.warnings = warnings;
    }

    void place(List<Node> nodes) {
        if (reading.fragments.isEmpty()) {
            return;
        }
        // who holds each pending line now (paragraphs may have moved to item-less subsections)
        Map<Integer, Node> holder = new HashMap<>();
        List<Node> open = new ArrayList<>();
        for (Node n : nodes) {
            for (int l : n.text) {
                if (reading.pending(l)) {
                    holder.put(l, n);
                }
            }
            if (joins.dangling(n)) {
                open.add(n);
            }
        }
        open.sort(Comparator.comparingInt(joins::lastLine));
        int[] lastLines = new int[open.size()];
        for (int k = 0; k < open.size(); k++) {
            lastLines[k] = joins.lastLine(open.get(k));
        }
        boolean[] taken = new boolean[open.size()];
        for (Fragment f : reading.fragments) {
            int line = f.lines.get(0);
            Node owner = holder.get(line);
            int target = target(open, lastLines, taken, owner, line);
            for (int l : f.lines) {
                reading.pendingFragment[l] = false;
            }
            if (target >= 0 && owner != null) {
                taken[target] = true;
                owner.text.removeAll(f.lines);
                open.get(target).text.addAll(f.lines);
            } else if (f.sure) {
                warnings.add(
                        lines.warningLine(line),
                        "BODY_PLACEMENT_UNCERTAIN",
                        "paragraph starting mid-sentence continues no open sentence: kept where it was read");
            }
        }
    }

    /** The open node (index into open) the fragment at line goes on with; -1 when none. */
    private int target(List<Node> open, int[] lastLines, boolean[] taken, Node owner, int line) {
        int from = lowerBound(lastLines, line - RANGE);
        int near = lowerBound(lastLines, line);
        List<Integer> cands = new ArrayList<>();
        for (int k = Math.max(from, near - 8); k < open.size() && k < near + 8 && lastLines[k] <= line + RANGE; k++) {
            Node n = open.get(k);
            if (!taken[k] && n != owner && joins.canContinue(n, line)) {
                cands.add(k);
            }
        }
        int target = -1;
        int bestScore = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int k : cands) {
            Node n = open.get(k);
            int sc = cands.size() == 1 ? 0 : joins.junction(n, line);
            int dist = Math.abs(lastLines[k] - line);
            if (sc > bestScore || (sc == bestScore && dist < bestDist)) {
                bestScore = sc;
                bestDist = dist;
                target = k;
            }
        }
        return target;
    }

    static int lowerBound(int[] a, int v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (a[m] < v) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }
}
