package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.Para;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 5f: subsections without items take the paragraphs of their window whose words match their title. Input:
 * the item-less subsections (in order) and the window's paragraphs; the chosen paragraphs (increasing, each with
 * the following ones of the same owner up to the next chosen one) move to the subsections' own text. A subsection
 * that finds none is reported ({@code SUBSECTION_EMPTY}).
 */
final class ItemlessSubsections {

    /** Words shared with the section title count less than those shared with the subsection's own title. */
    static final double SECTION_WEIGHT = 0.3;
    /**
     * A paragraph right after a heading block (where a subsection printed without items usually puts its text)
     * is preferred by this much.
     */
    static final double AFTER_HEADINGS = 5;
    /** At least two shared bigrams are needed before a paragraph is taken at all (one can be chance). */
    static final double MIN_EVIDENCE = 1.5;

    private final LogicalLines lines;
    private final Warnings warnings;

    ItemlessSubsections(LogicalLines lines, Warnings warnings) {
        this.lines = lines;
        this.warnings = warnings;
    }

    private void warn(SubNode sn, String message) {
        warnings.add(lines.warningLine(sn.event.start), "SUBSECTION_EMPTY", message + sn.event.text);
    }

    void assign(List<SubNode> itemless, List<Para> windowParas) {
        List<Para> paras = windowParas.size() > 200 ? windowParas.subList(0, 200) : windowParas;
        int u = Math.min(itemless.size(), 50);
        int p = paras.size();
        if (p == 0) {
            for (SubNode sn : itemless) {
                warn(sn, "subsection without items and without text found: ");
            }
            return;
        }
        int[][] paraBigrams = paragraphWords(paras);
        double[][] score = new double[u][p];
        for (int a = 0; a < u; a++) {
            SubNode sn = itemless.get(a);
            int[] sb = Bigrams.bigrams(sn.self.parsed.title(), 200);
            int[] secb = SubsectionMatcher.sectionBigrams(sn.section);
            for (int b = 0; b < p; b++) {
                int[] pb = paraBigrams[b];
                score[a][b] = Bigrams.overlap(sb, pb)
                        + SECTION_WEIGHT * Bigrams.overlap(secb, pb)
                        + (paras.get(b).orphan ? AFTER_HEADINGS : 0)
                        - MIN_EVIDENCE;
            }
        }
        int[] chosen = choose(score, u, p);
        Set<Para> starts = new HashSet<>();
        for (int a = 0; a < u; a++) {
            if (chosen[a] >= 0) {
                starts.add(paras.get(chosen[a]));
            }
        }
        for (int a = u - 1; a >= 0; a--) {
            SubNode sn = itemless.get(a);
            if (chosen[a] < 0) {
                warn(sn, "no text found for subsection heading: ");
                continue;
            }
            Para pa = paras.get(chosen[a]);
            // take the paragraph and the following ones of the same owner up to the next chosen start
            int endIdx = pa.owner.text.size();
            for (Para other : starts) {
                if (other != pa && other.owner == pa.owner && other.index > pa.index && other.index < endIdx) {
                    endIdx = other.index;
                }
            }
            List<Integer> moved = new ArrayList<>(pa.owner.text.subList(pa.index, endIdx));
            pa.owner.text.subList(pa.index, endIdx).clear();
            sn.self.text.addAll(0, moved);
        }
    }

    /** Each paragraph's words once: its lines up to the next paragraph of the same owner. */
    private int[][] paragraphWords(List<Para> paras) {
        int p = paras.size();
        int[][] out = new int[p][];
        Map<Node, List<Integer>> startsOf = new HashMap<>();
        for (Para pa : paras) {
            startsOf.computeIfAbsent(pa.owner, x -> new ArrayList<>()).add(pa.index);
        }
        StringBuilder t = new StringBuilder();
        for (int b = 0; b < p; b++) {
            Para pa = paras.get(b);
            List<Integer> ownerLines = pa.owner.text;
            int stop = ownerLines.size();
            for (int other : startsOf.get(pa.owner)) {
                if (other > pa.index && other < stop) {
                    stop = other;
                }
            }
            t.setLength(0);
            for (int q = pa.index; q < stop && t.length() < 160; q++) {
                t.append(lines.text(ownerLines.get(q)));
            }
            out[b] = Bigrams.bigrams(t.toString(), 160);
        }
        return out;
    }

    /** Dynamic programming over (subsection, next usable paragraph): increasing paragraphs, or none. */
    private static int[] choose(double[][] score, int u, int p) {
        double[][] dp = new double[u + 1][p + 1];
        int[][] pick = new int[u + 1][p + 1];
        for (double[] row : dp) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        dp[0][0] = 0;
        for (int a = 0; a < u; a++) {
            for (int j = 0; j <= p; j++) {
                if (dp[a][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (dp[a][j] > dp[a + 1][j]) {
                    dp[a + 1][j] = dp[a][j];
                    pick[a + 1][j] = -1 - j;
                }
                for (int b = j; b < p; b++) {
                    double v = dp[a][j] + score[a][b];
                    if (score[a][b] > 0 && v > dp[a + 1][b + 1]) {
                        dp[a + 1][b + 1] = v;
                        pick[a + 1][b + 1] = b * 100000 + j;
                    }
                }
            }
        }
        int bj = 0;
        for (int j = 0; j <= p; j++) {
            if (dp[u][j] > dp[u][bj]) {
                bj = j;
            }
        }
        int[] chosen = new int[u];
        Arrays.fill(chosen, -1);
        int j = bj;
        for (int a = u; a > 0; a--) {
            int pk = pick[a][j];
            if (pk < 0) {
                j = -1 - pk;
            } else {
                chosen[a - 1] = pk / 100000;
                j = pk % 100000;
            }
        }
        return chosen;
    }
}
