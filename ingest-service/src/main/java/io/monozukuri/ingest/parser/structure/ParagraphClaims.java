package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.structure.Model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5i: a measure printed without any text of its own (no children, not re-listed) whose body was read into a
 * neighbour claims it: a later paragraph of another node, within {@link #RANGE} lines of its heading, whose words
 * match this measure's title and section clearly better than its owner's ({@link #MIN_OWN} shared bigrams, at
 * least {@link #MIN_GAIN} more than twice the owner's), moves to it. Input: the nodes; output: their texts.
 */
final class ParagraphClaims {

    /** Lines around the heading of a measure without text searched for its paragraph. */
    static final int RANGE = 150;
    /** Bigrams a claimed paragraph must share with the claiming measure's title and section. */
    static final double MIN_OWN = 8;
    /** How much better than its owner (counted twice) the claimer must match. */
    static final double MIN_GAIN = 4;

    private final LogicalLines lines;

    ParagraphClaims(LogicalLines lines) {
        this.lines = lines;
    }

    void claim(List<Node> nodes) {
        List<Node> empty = new ArrayList<>();
        for (Node e : nodes) {
            if (e.text.isEmpty() && e.children.isEmpty() && e.parsed != null && e.parsed.reposted() == null) {
                empty.add(e);
            }
        }
        if (empty.isEmpty()) {
            return;
        }
        List<int[]> paras = laterParagraphs(nodes, near(empty)); // {line, node index, k, end}
        if (paras.isEmpty()) {
            return;
        }
        int[] starts = new int[paras.size()];
        for (int q = 0; q < starts.length; q++) {
            starts[q] = paras.get(q)[0];
        }
        Map<Integer, int[]> paraBigrams = new HashMap<>();
        Map<Node, int[]> ownerBigrams = new HashMap<>();
        boolean[] usedPara = new boolean[paras.size()];
        Set<Node> touched = new HashSet<>();
        for (Node e : empty) {
            int[] eb = null;
            int best = -1;
            double bestGain = 0;
            int from = FragmentPlacement.lowerBound(starts, e.event.start - RANGE);
            for (int q = from; q < paras.size() && q < from + 64 && starts[q] <= e.event.end + RANGE; q++) {
                int[] pa = paras.get(q);
                Node o = nodes.get(pa[1]);
                if (usedPara[q] || o == e || o.text.get(pa[2]) < 0) {
                    continue; // its first sentence was taken by an overlapping claim
                }
                if (eb == null) {
                    eb = Bigrams.bigrams(e.parsed.title() + " " + e.sectionTitle(), 400);
                }
                int[] pb = paraBigrams.computeIfAbsent(q, x -> words(o, pa));
                int[] ob = ownerBigrams.computeIfAbsent(
                        o,
                        x -> Bigrams.bigrams(x.parsed == null ? "" : x.parsed.title() + " " + x.sectionTitle(), 400));
                double se = Bigrams.overlap(pb, eb);
                double gain = se - 2 * Bigrams.overlap(pb, ob);
                if (se >= MIN_OWN && gain >= MIN_GAIN && gain > bestGain) {
                    bestGain = gain;
                    best = q;
                }
            }
            if (best >= 0) {
                usedPara[best] = true;
                int[] pa = paras.get(best);
                touched.add(nodes.get(pa[1]));
                List<Integer> moved = nodes.get(pa[1]).text.subList(pa[2], pa[3]);
                for (int l : moved) {
                    if (l >= 0) { // a sentence already moved by an overlapping claim stays with its first taker
                        e.text.add(l);
                    }
                }
                // the owner keeps its list positions (indices of its other paragraphs stay valid): lines are
                // dropped after all moves
                for (int i = pa[2]; i < pa[3]; i++) {
                    moved.set(i - pa[2], -1);
                }
            }
        }
        for (Node n : touched) {
            n.text.removeIf(l -> l < 0);
        }
    }

    /** Lines near the heading of a measure without text (a difference array: linear in lines + measures). */
    private boolean[] near(List<Node> empty) {
        int count = lines.count();
        int[] diff = new int[count + 1];
        for (Node e : empty) {
            diff[Math.max(0, e.event.start - RANGE)]++;
            diff[Math.min(count, e.event.end + RANGE + 1)]--;
        }
        boolean[] near = new boolean[count];
        int run = 0;
        for (int l = 0; l < count; l++) {
            run += diff[l];
            near[l] = run > 0;
        }
        return near;
    }

    /** The later paragraphs of every node (a node's first paragraph is its own) near an empty measure, by line. */
    private List<int[]> laterParagraphs(List<Node> nodes, boolean[] near) {
        List<int[]> paras = new ArrayList<>();
        for (int ni = 0; ni < nodes.size(); ni++) {
            List<Integer> t = nodes.get(ni).text;
            for (int k = 1; k < t.size(); k++) {
                if (!near[t.get(k)] || !LogicalLines.sentenceBreak(lines, t.get(k - 1), t.get(k))) {
                    continue;
                }
                int end = k + 1;
                while (end < t.size() && !lines.paragraphBreak(t.get(end - 1), t.get(end))) {
                    end++;
                }
                paras.add(new int[] {t.get(k), ni, k, end});
            }
        }
        paras.sort(Comparator.comparingInt(x -> x[0]));
        return paras;
    }

    private int[] words(Node o, int[] pa) {
        StringBuilder b = new StringBuilder();
        for (int i = pa[2]; i < pa[3] && b.length() < 200; i++) {
            if (o.text.get(i) >= 0) {
                b.append(lines.text(o.text.get(i)));
            }
        }
        return Bigrams.bigrams(b.toString(), 200);
    }
}
