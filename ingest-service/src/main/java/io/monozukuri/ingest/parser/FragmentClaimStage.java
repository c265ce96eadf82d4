package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stage: paragraph placement after the structure pass — fragments to the open sentence they end, bodies claimed by empty measures. */
abstract class FragmentClaimStage extends SentenceFlowStage {

    static final int FRAG_RANGE = 400;

    FragmentClaimStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    /**
     * Paragraphs that start mid-sentence and could continue no open node when read: the sentence they end is
     * printed later (the other column of the page) or in a node not yet open. Each goes to the node, within a few
     * pages, whose text is still left open and can go on with it (best join first); when none can, it stays where
     * it was read and BODY_PLACEMENT_UNCERTAIN is reported.
     */
    void placeFrags() {
        if (frags.isEmpty()) {
            return;
        }
        List<Node> all = new ArrayList<>(allNodes);
        for (SubNode sn : subs) {
            all.add(sn.self);
        }
        // who holds each pending line now (paragraphs may have moved to item-less subsections)
        Map<Integer, Node> holder = new java.util.HashMap<>();
        List<Node> open = new ArrayList<>();
        for (Node n : all) {
            for (int l : n.text) {
                if (pendingFrag[l]) {
                    holder.put(l, n);
                }
            }
            if (dangling(n)) {
                open.add(n);
            }
        }
        open.sort(Comparator.comparingInt(this::lastLine));
        int[] lastLines = new int[open.size()];
        for (int k = 0; k < open.size(); k++) {
            lastLines[k] = lastLine(open.get(k));
        }
        boolean[] taken = new boolean[open.size()];
        for (Frag f : frags) {
            int line = f.lines.get(0);
            Node owner = holder.get(line);
            int from = lowerBound(lastLines, line - FRAG_RANGE);
            int target = -1;
            int bestScore = -1;
            int bestDist = Integer.MAX_VALUE;
            int near = lowerBound(lastLines, line);
            List<Integer> cands = new ArrayList<>();
            for (int k = Math.max(from, near - 8);
                    k < open.size() && k < near + 8 && lastLines[k] <= line + FRAG_RANGE;
                    k++) {
                Node n = open.get(k);
                if (!taken[k] && n != owner && canContinue(n, line)) {
                    cands.add(k);
                }
            }
            for (int k : cands) {
                Node n = open.get(k);
                int sc = cands.size() == 1 ? 0 : junction(n, line);
                int dist = Math.abs(lastLines[k] - line);
                if (sc > bestScore || (sc == bestScore && dist < bestDist)) {
                    bestScore = sc;
                    bestDist = dist;
                    target = k;
                }
            }
            for (int l : f.lines) {
                pendingFrag[l] = false;
            }
            if (target >= 0 && owner != null) {
                taken[target] = true;
                owner.text.removeAll(f.lines);
                open.get(target).text.addAll(f.lines);
            } else if (f.sure) {
                warn(
                        line,
                        "BODY_PLACEMENT_UNCERTAIN",
                        "paragraph starting mid-sentence continues no open sentence: " + "kept where it was read");
            }
        }
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

    static final int CLAIM_RANGE = 150;

    /**
     * A measure printed without any text of its own (no children, not re-listed) whose body was read into a
     * neighbour: a later paragraph of another node, near its heading, whose words match this measure's title and
     * section clearly better than its owner's, is moved to it.
     */
    void claimParagraphs() {
        List<Node> empty = new ArrayList<>();
        for (Node e : allNodes) {
            if (e.text.isEmpty() && e.children.isEmpty() && e.parsed != null && e.parsed.reposted() == null) {
                empty.add(e);
            }
        }
        if (empty.isEmpty()) {
            return;
        }
        // lines near the heading of an empty measure (difference array: linear in lines + measures)
        int[] diff = new int[lineCount + 1];
        for (Node e : empty) {
            diff[Math.max(0, e.ev.start - CLAIM_RANGE)]++;
            diff[Math.min(lineCount, e.ev.end + CLAIM_RANGE + 1)]--;
        }
        boolean[] near = new boolean[lineCount];
        int run = 0;
        for (int l = 0; l < lineCount; l++) {
            run += diff[l];
            near[l] = run > 0;
        }
        // later paragraphs of every node (a node's first paragraph is its own), by line
        List<int[]> paras = new ArrayList<>(); // {line, node index, k, end}
        for (int ni = 0; ni < allNodes.size(); ni++) {
            List<Integer> t = allNodes.get(ni).text;
            for (int k = 1; k < t.size(); k++) {
                if (!near[t.get(k)] || !sentenceBreak(t.get(k - 1), t.get(k))) {
                    continue;
                }
                int end = k + 1;
                while (end < t.size() && !paraBreak(t.get(end - 1), t.get(end))) {
                    end++;
                }
                paras.add(new int[] {t.get(k), ni, k, end});
            }
        }
        if (paras.isEmpty()) {
            return;
        }
        paras.sort(Comparator.comparingInt(x -> x[0]));
        int[] starts = new int[paras.size()];
        for (int q = 0; q < starts.length; q++) {
            starts[q] = paras.get(q)[0];
        }
        Map<Integer, int[]> paraBigrams = new java.util.HashMap<>();
        Map<Node, int[]> ownerBigrams = new java.util.HashMap<>();
        boolean[] usedPara = new boolean[paras.size()];
        Set<Node> touched = new HashSet<>();
        for (Node e : empty) {
            int[] eb = null;
            int best = -1;
            double bestGain = 0;
            int from = lowerBound(starts, e.ev.start - CLAIM_RANGE);
            for (int q = from; q < paras.size() && q < from + 64 && starts[q] <= e.ev.end + CLAIM_RANGE; q++) {
                int[] pa = paras.get(q);
                Node o = allNodes.get(pa[1]);
                if (usedPara[q] || o == e || o.text.get(pa[2]) < 0) {
                    continue; // its first sentence was taken by an overlapping claim
                }
                if (eb == null) {
                    eb = Bigrams.bigrams(e.parsed.title() + " " + secTitle(e), 400);
                }
                int[] pb = paraBigrams.computeIfAbsent(q, x -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = pa[2]; i < pa[3] && b.length() < 200; i++) {
                        if (o.text.get(i) >= 0) {
                            b.append(cl[o.text.get(i)]);
                        }
                    }
                    return Bigrams.bigrams(b.toString(), 200);
                });
                int[] ob = ownerBigrams.computeIfAbsent(
                        o, x -> Bigrams.bigrams(x.parsed == null ? "" : x.parsed.title() + " " + secTitle(x), 400));
                double se = Bigrams.overlap(pb, eb);
                double gain = se - 2 * Bigrams.overlap(pb, ob);
                if (se >= 8 && gain >= 4 && gain > bestGain) {
                    bestGain = gain;
                    best = q;
                }
            }
            if (best >= 0) {
                usedPara[best] = true;
                int[] pa = paras.get(best);
                touched.add(allNodes.get(pa[1]));
                List<Integer> moved = allNodes.get(pa[1]).text.subList(pa[2], pa[3]);
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

    static String secTitle(Node n) {
        Group g = n.group;
        if (g == null || g.sub == null || g.sub.sec == null || g.sub.sec.title == null) {
            return "";
        }
        return g.sub.sec.title;
    }
}
