package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.Slot;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 5e: subsection matching — pairs the item groups of a window with the subsection headings of the stack that
 * closes it (each heading a slot with its candidate sections), maximising the words shared by a group (its item
 * titles and the first words of their text) and a heading, keeping the printed order when the words do not decide.
 * Input: the groups, the slots, the pending sections and the current section; output: a {@link Choice} per group
 * (a slot and its section, or an inferred subsection's section). Exhaustive search (pruned by a bound) for up to
 * seven groups and slots, greedy in printed order beyond.
 */
final class SubsectionMatcher {

    /**
     * Weight of the words shared with the section title, against 1 per shared bigram with the subsection title:
     * a section title is broader (it names the whole section), so a shared word says less.
     */
    static final double SECTION_WEIGHT = 0.5;
    /**
     * Added when a group takes a heading later in reading order than the previous group's: stacked headings are
     * printed in order, so an order-keeping assignment wins when the words do not decide.
     */
    static final double ORDER_BONUS = 2;
    /**
     * Cost of leaving a group without a printed heading (an inferred subsection): more than the order bonus, so a
     * printed heading is used when any words support it, less than a few shared bigrams, so a heading whose words
     * clearly belong to another group is not forced onto this one.
     */
    static final double INFERRED = -3;
    /**
     * Penalty for a section a group cannot belong to: before its floor (a section heading printed in place before
     * the group) or from its ceiling on (a section heading printed in place after it). Large enough to outweigh any
     * plausible word overlap of a short heading.
     */
    static final double OUT_OF_BOUNDS = 8;
    /** A tiny preference for later groups, so that equal scores resolve the same way every time. */
    static final double TIE_BREAK = 0.01;
    /** What a printed line of the report (about 24 characters) added beyond max when words were counted by line. */
    static final int TEXT_SLACK = 12;

    /** The heading a group takes: a slot (-1: none, an inferred subsection) and the section. */
    record Choice(int slot, SectionNode section) {}

    private final List<SectionNode> pending;
    private final SectionNode current;
    private double bestScore;
    private Choice[] bestPath;
    private double[][][] simTable;
    private double[] bestRest;

    SubsectionMatcher(List<SectionNode> pending, SectionNode current) {
        this.pending = pending;
        this.current = current;
    }

    /** The words of a group: item and sub-item titles and the first words of their text (once per window). */
    static Bigrams.BigramSet groupBigrams(Group g, LogicalLines lines) {
        StringBuilder b = new StringBuilder();
        for (Node it : g.items) {
            b.append(it.parsed.title()).append(' ');
            appendText(b, it, 80, lines);
            for (Node c : it.children) {
                b.append(c.parsed.title()).append(' ');
                appendText(b, c, 40, lines);
            }
            if (b.length() > 800) {
                break;
            }
        }
        return Bigrams.bigramSet(b.toString(), 800);
    }

    /** The first words of a node's text: about max characters (a sentence can be long: it is cut). */
    private static void appendText(StringBuilder b, Node n, int max, LogicalLines lines) {
        int start = b.length();
        for (int line : n.text) {
            b.append(lines.text(line));
            if (b.length() - start > max) {
                b.setLength(start + max + TEXT_SLACK);
                break;
            }
        }
        b.append(' ');
    }

    /** Overlap of a group's words with a section title, computed once per group and section. */
    static double sectionOverlap(Group g, SectionNode sec) {
        if (g.sectionOverlap == null || g.sectionOverlapFor != g.bigrams) {
            g.sectionOverlap = new HashMap<>();
            g.sectionOverlapFor = g.bigrams;
        }
        Double v = g.sectionOverlap.get(sec);
        if (v == null) {
            v = (double) (g.bigrams == null ? 0 : g.bigrams.overlap(sectionBigrams(sec)));
            g.sectionOverlap.put(sec, v);
        }
        return v;
    }

    static int[] sectionBigrams(SectionNode s) {
        if (s.bigrams == null) {
            s.bigrams = Bigrams.bigrams(s.title == null ? "" : s.title, 200);
        }
        return s.bigrams;
    }

    /** The best choice per group (see the class comment). */
    Choice[] match(List<Group> groups, List<Slot> slots) {
        int n = groups.size();
        Choice[] path = new Choice[n];
        bestScore = Double.NEGATIVE_INFINITY;
        bestPath = new Choice[n];
        if (n == 0) {
            return bestPath;
        }
        if (n <= 7 && slots.size() <= 7) {
            simTable = new double[n][slots.size()][];
            double[] maxG = new double[n];
            for (int gi = 0; gi < n; gi++) {
                // an upper bound of what an inferred subsection can score: it takes a pending section, the group's
                // floor, the current section or a section of a slot (not every section of the document)
                double secMax = 0;
                Group g = groups.get(gi);
                for (SectionNode p : pending) {
                    secMax = Math.max(secMax, sectionOverlap(g, p));
                }
                for (SectionNode p : new SectionNode[] {current, g.floor}) {
                    if (p != null) {
                        secMax = Math.max(secMax, sectionOverlap(g, p));
                    }
                }
                for (Slot sl : slots) {
                    for (SectionNode p : sl.candidates) {
                        secMax = Math.max(secMax, sectionOverlap(g, p));
                    }
                }
                maxG[gi] = INFERRED + ORDER_BONUS + TIE_BREAK * 10 + SECTION_WEIGHT * secMax;
                for (int si = 0; si < slots.size(); si++) {
                    Slot sl = slots.get(si);
                    simTable[gi][si] = new double[sl.candidates.size()];
                    for (int c = 0; c < sl.candidates.size(); c++) {
                        double v = sim(groups.get(gi), sl, sl.candidates.get(c));
                        simTable[gi][si][c] = v;
                        maxG[gi] = Math.max(maxG[gi], v + ORDER_BONUS + TIE_BREAK * 10);
                    }
                }
            }
            bestRest = new double[n + 1];
            for (int gi = n - 1; gi >= 0; gi--) {
                bestRest[gi] = bestRest[gi + 1] + maxG[gi];
            }
            dfs(groups, slots, 0, path, new boolean[slots.size()], new HashSet<>(), -1, null, 0);
        } else {
            greedy(groups, slots, path);
        }
        return bestPath;
    }

    private static double sim(Group g, Slot s, SectionNode sec) {
        double v = (g.bigrams == null ? 0 : g.bigrams.overlap(s.bigrams)) + SECTION_WEIGHT * sectionOverlap(g, sec);
        if (g.floor != null && sec.order() < g.floor.order()) {
            v -= OUT_OF_BOUNDS;
        }
        if (g.ceil != null && sec.order() >= g.ceil.order()) {
            v -= OUT_OF_BOUNDS;
        }
        return v;
    }

    /** The section of an inferred subsection: a pending section without a free slot after the previous one. */
    SectionNode inferredSection(List<Slot> slots, SectionNode prevSec, Group g, boolean[] usedSlots) {
        SectionNode base = prevSec != null ? prevSec : current;
        for (SectionNode p : pending) {
            if (base != null && p.order() <= base.order()) {
                continue;
            }
            if (g.ceil != null && p.order() >= g.ceil.order()) {
                continue;
            }
            boolean hasSlot = false;
            for (int si = 0; si < slots.size(); si++) {
                if ((usedSlots == null || !usedSlots[si])
                        && slots.get(si).candidates.contains(p)) {
                    hasSlot = true;
                }
            }
            if (!hasSlot && base != null) {
                return p;
            }
        }
        if (g.floor != null && (base == null || base.order() < g.floor.order())) {
            return g.floor;
        }
        return base != null ? base : (pending.isEmpty() ? null : pending.get(0));
    }

    private void dfs(
            List<Group> groups,
            List<Slot> slots,
            int gi,
            Choice[] path,
            boolean[] used,
            Set<Long> pairs,
            long prevKey,
            SectionNode prevSec,
            double score) {
        if (score + bestRest[gi] <= bestScore) {
            return;
        }
        if (gi == groups.size()) {
            if (score > bestScore) {
                bestScore = score;
                bestPath = path.clone();
            }
            return;
        }
        Group g = groups.get(gi);
        for (int si = 0; si < slots.size(); si++) {
            if (used[si]) {
                continue;
            }
            Slot s = slots.get(si);
            for (int ci = 0; ci < s.candidates.size(); ci++) {
                SectionNode sec = s.candidates.get(ci);
                long pair = ((long) sec.order() << 8) | s.event.num;
                if (pairs.contains(pair)) {
                    continue;
                }
                long key = (long) sec.order() * 100 + s.event.num;
                double sc = simTable[gi][si][ci] + (key > prevKey ? ORDER_BONUS : 0) + TIE_BREAK * gi;
                used[si] = true;
                pairs.add(pair);
                path[gi] = new Choice(si, sec);
                dfs(groups, slots, gi + 1, path, used, pairs, key, sec, score + sc);
                used[si] = false;
                pairs.remove(pair);
            }
        }
        SectionNode inf = inferredSection(slots, prevSec, g, used);
        long key = inf == null ? prevKey : (long) inf.order() * 100 + 99;
        double pen = INFERRED
                + (inf == null ? 0 : SECTION_WEIGHT * sectionOverlap(g, inf))
                + (key > prevKey ? ORDER_BONUS : 0);
        if (inf != null && g.ceil != null && inf.order() >= g.ceil.order()) {
            pen -= OUT_OF_BOUNDS;
        }
        path[gi] = new Choice(-1, inf);
        dfs(groups, slots, gi + 1, path, used, pairs, Math.max(key, prevKey), inf != null ? inf : prevSec, score + pen);
    }

    private void greedy(List<Group> groups, List<Slot> slots, Choice[] path) {
        boolean[] used = new boolean[slots.size()];
        Set<Long> pairs = new HashSet<>();
        SectionNode prevSec = null;
        int from = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            Choice best = null;
            // monotone: next unused slot in order
            for (int si = from; si < slots.size(); si++) {
                if (used[si]) {
                    continue;
                }
                Slot s = slots.get(si);
                for (SectionNode sec : s.candidates) {
                    long pair = ((long) sec.order() << 8) | s.event.num;
                    if (!pairs.contains(pair)) {
                        best = new Choice(si, sec);
                        pairs.add(pair);
                        break;
                    }
                }
                if (best != null) {
                    used[si] = true;
                    from = si + 1;
                    break;
                }
            }
            if (best == null) {
                best = new Choice(-1, inferredSection(slots, prevSec, g, used));
            }
            path[gi] = best;
            prevSec = best.section();
        }
        bestPath = path;
    }
}
