package io.monozukuri.ingest.parser.heading;

/**
 * The clauses that close a title (budget {@code （…円…）} / {@code の内数}, ministries {@code ＜…省＞}, re-listed
 * {@code 【再掲】}) and the signal that a body sentence has begun ({@code 。}, a comma after kana): the grammar
 * {@link TitleBoundary} reads before any word.
 */
final class TitleClauses {

    private TitleClauses() {}

    /** First {@code 。} outside brackets, or a comma after kana ({@code …するため、}); -1 when none. */
    static int bodySignal(String s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '＜' || c == '【' || c == '「') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】' || c == '」') && d > 0) {
                d--;
            } else if (d == 0 && c == '。') {
                return k;
            } else if (d == 0 && c == '、' && (TitleWords.hira(s, k - 1) || TitleWords.hira(s, k - 2))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The end of the clauses that close the title, when the first of them starts before the body signal. A label
     * or an amount printed after a closing bracket in the wrong place ({@code （1,100億円）（2019年度補正）、900億円
     * （…）}) still belongs to the clause.
     */
    static int clauseChainEnd(String s, int signal) {
        int end = -1;
        int d = 0;
        for (int k = 0; k < signal && k < s.length(); k++) {
            char c = s.charAt(k);
            if (d == 0 && (c == '（' || c == '＜' || c == '【')) {
                char close = c == '（' ? '）' : c == '＜' ? '＞' : '】';
                int e = matching(s, k, c, close);
                if (e < 0) {
                    return end;
                }
                String g = s.substring(k, e + 1);
                boolean clause = TitleText.endsWithClause(g) || g.equals("【財政投融資】");
                if (clause && end < 0 && !nounBefore(s, k)) {
                    return -1; // a clause follows a title, not a sentence (…を実施した（…億円）)
                }
                if (clause || (end > 0 && budgetLabel(g))) {
                    end = e + 1;
                    k = e;
                    continue;
                }
                if (end > 0) {
                    return end; // the chain is over
                }
                k = e;
                continue;
            }
            if (end > 0 && k == end && c == '、' && amountAt(s, k + 1)) {
                int yen = s.indexOf('円', k);
                end = yen + 1; // the next amount of a clause whose bracket closed too early
                k = yen;
                continue;
            }
            if (end > 0) {
                return end;
            }
        }
        return end;
    }

    /** The text before k ends as a title does: with a noun, a closing bracket or {@code について}. */
    static boolean nounBefore(String s, int k) {
        if (k == 0) {
            return true;
        }
        char c = s.charAt(k - 1);
        return !TitleWords.hira(c) || TitleWords.endsWith(s, k, "について") || TitleWords.endsWith(s, k, "づくり");
    }

    /** A qualifier of an amount printed in a bracket of its own ({@code （2019年度補正）}, {@code （当初）}). */
    static boolean budgetLabel(String g) {
        return g.length() <= 16 && (g.contains("補正") || g.contains("当初") || g.contains("予備費"));
    }

    /** An amount ({@code 900億円}) starts at k. */
    static boolean amountAt(String s, int k) {
        int e = k;
        while (e < s.length() && (Character.isDigit(s.charAt(e)) || s.charAt(e) == ',')) {
            e++;
        }
        return e > k && e < s.length() && "億万千百円兆".indexOf(s.charAt(e)) >= 0;
    }

    static int matching(String s, int open, char o, char c) {
        int d = 0;
        for (int k = open; k < s.length(); k++) {
            if (s.charAt(k) == o) {
                d++;
            } else if (s.charAt(k) == c) {
                d--;
                if (d == 0) {
                    return k;
                }
            }
        }
        return -1;
    }
}
