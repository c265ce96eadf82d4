package io.monozukuri.ingest.parser.heading;

import io.monozukuri.ingest.parser.TextNorm;

/**
 * The end of a title printed on one line with the start of its body ({@code 研究開発税制等（…）試験研究費の…制度。}).
 * The title ends after its clauses (budget, ministries, re-listed marker) when they stand before the body's first
 * sentence signal (a comma after kana, {@code は、}, or {@code 。}). Without a clause, the title is a noun phrase:
 * it ends after a word that ends titles of this kind of report ({@code 推進}, {@code 支援}, {@code 事業}, a closing
 * bracket …); among those the first is taken, unless a later one is followed by what opens a body sentence (a
 * number, or the title's own first words repeated: {@code 社内検定認定制度の推進|社内検定認定制度は}). Used only when
 * no line end separates the two; the choice is reported (HEADING_END_UNCERTAIN) by the scanner.
 */
public final class TitleSplit {

    private TitleSplit() {}

    static final String[] TITLE_ENDS = {
        "について",
        "事業",
        "支援",
        "推進",
        "対策",
        "促進",
        "取組",
        "実施",
        "整備",
        "強化",
        "制度",
        "開発",
        "啓発",
        "税制",
        "施策",
        "構築",
        "提供",
        "確保",
        "実現",
        "向上",
        "改善",
        "特例",
        "認定",
        "普及",
        "実証",
        "調査",
        "育成",
        "安定",
        "支給",
        "運用",
        "協議会",
        "充実",
        "展開",
        "振興",
        "諸税",
        "宣言",
        "保証",
        "開催",
        "保護",
        "協力",
        "作成",
        "派遣",
        "改革",
        "ゴール",
        "プログラム",
        "プロジェクト",
        "プラットフォーム",
        "フォーラム",
        "システム",
        "センター",
        "強化法",
        "経営強化法",
        "資金",
        "取組等",
        "提供等",
        "開催等",
        "ファンド出資事業",
        "補助金",
        "融資",
        "貸付",
        "拠点整備"
    };

    /** The title's end inside s (a heading without its mark, body glued after it); -1 when s holds no body. */
    public static int titleEnd(String s) {
        int signal = bodySignal(s);
        if (signal < 0) {
            return -1;
        }
        int clauseEnd = clauseChainEnd(s, signal);
        if (clauseEnd > 0) {
            return clauseEnd;
        }
        return wordEnd(s, signal);
    }

    /** The end was found by the words only (no clause, no line end): the scanner reports it. */
    public static boolean byWordsOnly(String s) {
        int signal = bodySignal(s);
        return signal >= 0 && clauseChainEnd(s, signal) <= 0;
    }

    /** First comma after kana, {@code は、} or {@code 。} outside brackets; -1 when none. */
    static int bodySignal(String s) {
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '（' || c == '＜' || c == '【' || c == '「') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】' || c == '」') && d > 0) {
                d--;
            } else if (d == 0 && (c == '。' || (c == '、' && k > 0 && TextNorm.isHiraganaChar(s.charAt(k - 1))))) {
                return k;
            }
        }
        return -1;
    }

    /** The end of the clauses that close the title, when the first of them starts before the body signal. */
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
                if (clause) {
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
            if (end > 0 && c != ' ') {
                return end;
            }
        }
        return end;
    }

    private static int matching(String s, int open, char o, char c) {
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

    static int wordEnd(String s, int signal) {
        int first = -1;
        String head = TextNorm.title(s);
        head = head.substring(0, Math.min(4, head.length()));
        int d = 0;
        for (int p = 2; p < signal; p++) {
            char c = s.charAt(p - 1);
            if (c == '（' || c == '「') {
                d++;
            } else if ((c == '）' || c == '」') && d > 0) {
                d--;
            }
            if (d > 0 || !endsTitleWord(s, p)) {
                continue;
            }
            char n = s.charAt(p);
            if (n == '（' && s.indexOf('）', p) > 0 && s.indexOf('）', p) < signal) {
                continue; // a bracket group right after belongs to the title (（財政投融資）, （下請振興法）)
            }
            if (first < 0) {
                first = p;
            }
            String rest = TextNorm.title(s.substring(p));
            boolean opensBody = Character.isDigit(n) || (head.length() >= 3 && rest.startsWith(head));
            if (opensBody) {
                return p;
            }
        }
        return first;
    }

    private static boolean endsTitleWord(String s, int p) {
        char c = s.charAt(p - 1);
        if (c == '）' || c == '」') {
            return true;
        }
        for (String w : TITLE_ENDS) {
            if (p >= w.length() && s.startsWith(w, p - w.length())) {
                return true;
            }
        }
        return false;
    }
}
