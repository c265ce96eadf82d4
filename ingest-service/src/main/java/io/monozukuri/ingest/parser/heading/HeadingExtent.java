package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.text.Pieces.Piece;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a heading ends. A heading goes on over the following pieces while its brackets are open, onto a
 * ministries clause or 【…】 marker, onto a budget clause ({@code 等の開発（133億…}), and onto the rest of a title
 * wrapped by the line width: after a piece cut by the width (as long as the longest pieces) or after text that
 * cannot end a title ({@code …による}), the next piece when it holds no sentence ({@code 。}, a comma outside
 * brackets) and is short, ends with a clause or is followed by a heading: text without any {@code 。} between two
 * headings is the end of the first one's title, never a body. When a heading and its body were printed on one line,
 * {@link TitleSplit} finds the end of the title inside it.
 */
final class HeadingExtent {

    static final int MAX_HEADING = 300;

    /** The last piece of the heading and, when the heading ends inside it, where (-1: the whole piece). */
    record End(int piece, int cut) {}

    private final List<Piece> ps;
    /** Pieces whose title end was chosen by its words alone (reported as HEADING_END_UNCERTAIN). */
    final java.util.List<Integer> uncertain = new java.util.ArrayList<>();

    private final int full;
    private final int shortLen;
    private final int fullLength;

    HeadingExtent(List<Piece> ps, int fullLength) {
        this.ps = ps;
        this.fullLength = fullLength;
        this.full = Math.max(8, fullLength * 3 / 4);
        this.shortLen = Math.max(4, fullLength * 6 / 10);
    }

    private boolean heading(int k) {
        return k >= ps.size() || HeadingMarks.opensHeading(ps.get(k).text());
    }

    private String text(int k) {
        return ps.get(k).text();
    }

    /**
     * The piece ends where the line width cut it: it is nearly as long as the longest pieces, or it is the rest of
     * a printed line that a narrower width cut before (it follows a piece of the longest length).
     */
    boolean cutByWidth(int k) {
        if (text(k).length() >= full) {
            return true;
        }
        return k > 0
                && text(k - 1).length() >= fullLength - 2
                && ps.get(k - 1).line() + 1 == ps.get(k).line();
    }

    /** Piece b can go on with the title that piece a leaves open. */
    boolean continuesTitle(int a, int b) {
        String pa = text(a);
        String pb = text(b);
        if (pa.indexOf('。') >= 0 || !TitleText.titleLike(pb)) {
            return false;
        }
        return TitleText.endsOpen(pa) || cutByWidth(a) || pb.startsWith("＜") || pb.startsWith("（");
    }

    private static boolean isBudgetClause(String s) {
        return s.startsWith("（") && (s.indexOf('円') >= 0 || s.contains("内数"));
    }

    End itemEnd(int i, int restStart) {
        String first = text(i).substring(restStart);
        int cut = TitleSplit.titleEnd(first);
        if (cut >= 0) {
            if (TitleSplit.byWordsOnly(first)) {
                uncertain.add(i);
            }
            return new End(i, restStart + cut);
        }
        StringBuilder b = new StringBuilder(first);
        int e = i;
        for (int guard = 0; guard < 8 && b.length() < MAX_HEADING; guard++) {
            int k = e + 1;
            if (heading(k)) {
                break;
            }
            String nk = text(k);
            if (TitleText.unbalanced(b)) {
                if (nk.indexOf('。') >= 0 && TitleSplit.titleEnd(b + nk) >= 0) {
                    int c = TitleSplit.titleEnd(b + nk) - b.length();
                    return c > 0 ? new End(k, c) : new End(e, -1);
                }
                b.append(nk);
                e = k;
                continue;
            }
            if (nk.startsWith("＜") || nk.startsWith("【")) {
                String cl = clausePrefix(nk);
                b.append(cl);
                if (cl.length() < nk.length() && nk.substring(cl.length()).indexOf('。') >= 0) {
                    return new End(k, cl.length()); // the body follows on the same line
                }
                if (cl.length() < nk.length()) {
                    b.append(nk.substring(cl.length()));
                }
                e = k;
                continue;
            }
            if (TitleText.endsWithClause(b.toString())) {
                break;
            }
            // a budget clause on the next piece(s)
            StringBuilder acc = new StringBuilder(nk);
            int m = k;
            while ((TitleText.unbalanced(acc) || acc.charAt(acc.length() - 1) != '）') && m - k < 3) {
                int q = m + 1;
                if (heading(q)) {
                    break;
                }
                acc.append(text(q));
                m = q;
            }
            String a = acc.toString();
            boolean clauseLike = TitleText.endsWithClause(a) || (a.endsWith("）") && TitleText.containsAmount(a));
            if (a.indexOf('。') < 0 && !TitleText.unbalanced(acc) && clauseLike && !a.startsWith("（株）")) {
                b.append(a);
                e = m;
                continue;
            }
            // the rest of a title wrapped by the line width
            if (TitleText.endsOpen(b.toString()) && TitleText.titleLike(nk)) {
                b.append(nk); // the title cannot end with a particle: it goes on
                e = k;
                continue;
            }
            if (cutByWidth(e) && TitleText.titleLike(nk)) {
                boolean shortTail = nk.length() <= shortLen;
                boolean beforeHeading = heading(k + 1);
                if (shortTail || beforeHeading || TitleText.endsWithClause(b + nk)) {
                    b.append(nk);
                    e = k;
                    continue;
                }
            }
            // text without a sentence end up to the next heading: the end of the title, never a body
            int r = k;
            int len = 0;
            while (r < ps.size() && !heading(r) && TitleText.titleLike(text(r)) && len <= 2 * fullLength) {
                len += text(r).length();
                r++;
            }
            if (r > k && heading(r) && len <= 2 * fullLength && cutByWidth(e)) {
                for (int q = k; q < r; q++) {
                    b.append(text(q));
                }
                e = r - 1;
                continue;
            }
            break;
        }
        return new End(e, -1);
    }

    /** The clause at the start of s ({@code ＜…＞} or {@code 【…】}, several in a row). */
    private static String clausePrefix(String s) {
        int k = 0;
        while (k < s.length() && (s.charAt(k) == '＜' || s.charAt(k) == '【')) {
            char close = s.charAt(k) == '＜' ? '＞' : '】';
            int e = s.indexOf(close, k);
            if (e < 0) {
                return s;
            }
            k = e + 1;
        }
        return s.substring(0, k);
    }

    /** A section title goes on only over pieces cut by the width, never into a subsection heading. */
    int sectionEnd(int i, IntPredicate startsSubsection) {
        int e = i;
        while (e + 1 < ps.size()
                && e - i < 2
                && cutByWidth(e)
                && !heading(e + 1)
                && TitleText.titleLike(text(e + 1))
                && !startsSubsection.test(e + 1)
                && text(e + 1).length() <= shortLen) {
            e++;
        }
        return e;
    }

    /** A number-first subsection heading: its wrapped title and the clauses after it. */
    int subsectionEnd(int i) {
        int e = i;
        while (e + 1 < ps.size() && e - i < 3 && !heading(e + 1)) {
            String n = text(e + 1);
            boolean clause = n.startsWith("＜") && TitleText.endsWithClause(n);
            if (clause || (continuesTitle(e, e + 1) && !SubsectionHeadings.mayEndWithNumber(n))) {
                e++;
                if (clause) {
                    break;
                }
                continue;
            }
            break;
        }
        return e;
    }
}
