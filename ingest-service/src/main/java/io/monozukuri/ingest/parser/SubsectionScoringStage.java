package io.monozukuri.ingest.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stage: subsection matching — the scores and the search that pair item groups with stacked subsection headings. */
abstract class SubsectionScoringStage extends FragmentClaimStage {

    SubsectionScoringStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

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

    final StringBuilder groupText = new StringBuilder();

    Bigrams.BigramSet groupBigrams(Group g) {
        StringBuilder b = groupText;
        b.setLength(0);
        for (Node it : g.items) {
            b.append(it.parsed.title()).append(' ');
            appendText(b, it, 80);
            for (Node c : it.children) {
                b.append(c.parsed.title()).append(' ');
                appendText(b, c, 40);
            }
            if (b.length() > 800) {
                break;
            }
        }
        return Bigrams.bigramSet(b.toString(), 800);
    }

    /** The first words of a node's text: about max characters (a sentence can be long: it is cut). */
    void appendText(StringBuilder b, Node n, int max) {
        int start = b.length();
        for (int line : n.text) {
            b.append(cl[line]);
            if (b.length() - start > max) {
                b.setLength(start + max + TEXT_SLACK);
                break;
            }
        }
        b.append(' ');
    }

    /** What a printed line of the report (about 24 characters) added beyond max when words were counted by line. */
    static final int TEXT_SLACK = 12;

    /** Overlap of a group's words with a section title, computed once per group and section. */
    double secOverlap(Group g, SectionNode sec) {
        if (g.secOv == null || g.secOvFor != g.bigrams) {
            g.secOv = new java.util.HashMap<>();
            g.secOvFor = g.bigrams;
        }
        Double v = g.secOv.get(sec);
        if (v == null) {
            v = (double) (g.bigrams == null ? 0 : g.bigrams.overlap(secBigrams(sec)));
            g.secOv.put(sec, v);
        }
        return v;
    }

    int[] secBigrams(SectionNode s) {
        if (s.bigrams == null) {
            s.bigrams = Bigrams.bigrams(s.title == null ? "" : s.title, 200);
        }
        return s.bigrams;
    }

    static final class Choice {
        final int slot;
        final SectionNode sec;

        Choice(int slot, SectionNode sec) {
            this.slot = slot;
            this.sec = sec;
        }
    }

    double bestScore;
    Choice[] bestPath;

    double[][][] simTable;
    double[] bestRest;

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
                    secMax = Math.max(secMax, secOverlap(g, p));
                }
                for (SectionNode p : new SectionNode[] {s0, g.floor}) {
                    if (p != null) {
                        secMax = Math.max(secMax, secOverlap(g, p));
                    }
                }
                for (Slot sl : slots) {
                    for (SectionNode p : sl.cands) {
                        secMax = Math.max(secMax, secOverlap(g, p));
                    }
                }
                maxG[gi] = INFERRED + ORDER_BONUS + TIE_BREAK * 10 + SECTION_WEIGHT * secMax; // upper bound: inferred
                for (int si = 0; si < slots.size(); si++) {
                    Slot sl = slots.get(si);
                    simTable[gi][si] = new double[sl.cands.size()];
                    for (int c = 0; c < sl.cands.size(); c++) {
                        double v = sim(groups.get(gi), sl, sl.cands.get(c));
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

    double sim(Group g, Slot s, SectionNode sec) {
        double v = (g.bigrams == null ? 0 : g.bigrams.overlap(s.bigrams)) + SECTION_WEIGHT * secOverlap(g, sec);
        if (g.floor != null && sec.order() < g.floor.order()) {
            v -= OUT_OF_BOUNDS;
        }
        if (g.ceil != null && sec.order() >= g.ceil.order()) {
            v -= OUT_OF_BOUNDS;
        }
        return v;
    }

    SectionNode inferredSec(List<Slot> slots, SectionNode prevSec, Group g, boolean[] usedSlots) {
        SectionNode base = prevSec != null ? prevSec : (s0 != null ? s0 : null);
        for (SectionNode p : pending) {
            if (base != null && p.order() <= base.order()) {
                continue;
            }
            if (g.ceil != null && p.order() >= g.ceil.order()) {
                continue;
            }
            boolean hasSlot = false;
            for (int si = 0; si < slots.size(); si++) {
                if ((usedSlots == null || !usedSlots[si]) && slots.get(si).cands.contains(p)) {
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

    void dfs(
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
            for (int ci = 0; ci < s.cands.size(); ci++) {
                SectionNode sec = s.cands.get(ci);
                long pair = ((long) sec.order() << 8) | s.ev.num;
                if (pairs.contains(pair)) {
                    continue;
                }
                long key = (long) sec.order() * 100 + s.ev.num;
                double sc = simTable[gi][si][ci] + (key > prevKey ? ORDER_BONUS : 0) + TIE_BREAK * gi;
                used[si] = true;
                pairs.add(pair);
                path[gi] = new Choice(si, sec);
                dfs(groups, slots, gi + 1, path, used, pairs, key, sec, score + sc);
                used[si] = false;
                pairs.remove(pair);
            }
        }
        SectionNode inf = inferredSec(slots, prevSec, g, used);
        long key = inf == null ? prevKey : (long) inf.order() * 100 + 99;
        double pen =
                INFERRED + (inf == null ? 0 : SECTION_WEIGHT * secOverlap(g, inf)) + (key > prevKey ? ORDER_BONUS : 0);
        if (inf != null && g.ceil != null && inf.order() >= g.ceil.order()) {
            pen -= OUT_OF_BOUNDS;
        }
        path[gi] = new Choice(-1, inf);
        dfs(groups, slots, gi + 1, path, used, pairs, Math.max(key, prevKey), inf != null ? inf : prevSec, score + pen);
    }

    void greedy(List<Group> groups, List<Slot> slots, Choice[] path) {
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
                for (SectionNode sec : s.cands) {
                    long pair = ((long) sec.order() << 8) | s.ev.num;
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
                best = new Choice(-1, inferredSec(slots, prevSec, g, used));
            }
            path[gi] = best;
            prevSec = best.sec;
        }
        bestPath = path;
    }
}
