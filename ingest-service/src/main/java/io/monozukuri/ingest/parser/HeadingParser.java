package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a heading (already joined over its lines, without its number) into title, budget clause, ministries
 * clause and re-listed marker, and parses the budget clause. Linear scanners only, no regular expressions.
 */
public final class HeadingParser {

    /** Parsed heading. */
    public record Parsed(
            String title,
            List<Budget> budgets,
            String budgetText,
            boolean partOf,
            String pool,
            List<Ministry> ministries,
            String reposted,
            List<String> warnings,
            List<String> unknownMinistries) {}

    private final MinistryRegistry registry;

    public HeadingParser(MinistryRegistry registry) {
        this.registry = registry;
    }

    public Parsed parse(String heading) {
        String t = TextNorm.clean(heading);
        List<String> warnings = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String reposted = null;
        int p = t.indexOf("【一部再掲】");
        if (p >= 0) {
            reposted = "一部再掲";
            t = t.substring(0, p) + t.substring(p + 6);
        }
        p = t.indexOf("【再掲】");
        if (p >= 0) {
            reposted = reposted == null ? "再掲" : reposted;
            t = t.substring(0, p) + t.substring(p + 4);
        }
        // top-level （再掲 … ） group
        int[] dep = t.indexOf("再掲") < 0 ? null : depths(t); // depths only when the clause can be there
        for (int i = 0; dep != null && i < t.length(); i++) {
            if (t.charAt(i) == '（' && dep[i] == 0 && t.startsWith("再掲", skipSpaces(t, i + 1))) {
                int close = matching(t, i, '（', '）');
                int end = close < 0 ? t.length() : close + 1;
                reposted = reposted == null ? "再掲" : reposted;
                t = t.substring(0, i) + t.substring(end);
                break;
            }
        }
        // ministries clause(s)
        List<Ministry> ministries = new ArrayList<>();
        dep = t.indexOf('＜') < 0 ? null : depths(t);
        for (int i = 0; dep != null && i < t.length(); i++) {
            if (t.charAt(i) != '＜' || dep[i] != 0) {
                continue;
            }
            int close = matching(t, i, '＜', '＞');
            if (close < 0) {
                break;
            }
            String content = t.substring(i + 1, close);
            List<Ministry> ms = ministries(content, unknown);
            if (ms != null) {
                ministries.addAll(ms);
                t = (t.substring(0, i) + t.substring(close + 1));
                dep = depths(t);
                i--;
            } else {
                i = close;
            }
        }
        // budget clause: the first top-level parenthesised group containing 円 or 内数, to the end
        int clauseStart = -1;
        dep = t.indexOf('（') < 0 ? null : depths(t);
        for (int i = 0; dep != null && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '（' && dep[i] == 0) {
                int close = matching(t, i, '（', '）');
                String g = close < 0 ? t.substring(i) : t.substring(i, close + 1);
                if (g.indexOf('円') >= 0 || g.contains("内数")) {
                    clauseStart = i;
                    break;
                }
                if (close < 0) {
                    break;
                }
                i = close;
            }
        }
        String title;
        List<Budget> budgets = List.of();
        String budgetText = null;
        boolean partOf = false;
        String pool = null;
        if (clauseStart >= 0) {
            title = t.substring(0, clauseStart);
            String clause = t.substring(clauseStart).trim();
            BudgetClause.Clause c = BudgetClause.parse(clause, warnings);
            budgets = c.budgets;
            budgetText = c.text;
            partOf = c.partOf;
            pool = c.pool;
        } else {
            title = t;
        }
        title = TextNorm.title(title);
        while (title.endsWith("、") || title.endsWith("・")) {
            title = title.substring(0, title.length() - 1);
        }
        return new Parsed(title, budgets, budgetText, partOf, pool, ministries, reposted, warnings, unknown);
    }

    private List<Ministry> ministries(String content, List<String> unknown) {
        String c = TextNorm.title(content);
        if (c.isEmpty()) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        int st = 0;
        for (int i = 0; i <= c.length(); i++) {
            if (i == c.length() || c.charAt(i) == '、' || c.charAt(i) == ',' || c.charAt(i) == '・') {
                if (i > st) {
                    tokens.add(c.substring(st, i));
                }
                st = i + 1;
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        List<Ministry> out = new ArrayList<>();
        List<String> unk = new ArrayList<>();
        int known = 0;
        for (String tok : tokens) {
            var m = registry.ministry(tok);
            if (m.isPresent()) {
                out.add(m.get());
                known++;
            } else if (tok.length() <= 12
                    && (tok.endsWith("省") || tok.endsWith("庁") || tok.endsWith("府") || tok.endsWith("委員会"))) {
                out.add(new Ministry(null, null, tok, null));
                unk.add(tok);
            } else {
                return null;
            }
        }
        if (known == 0 && unk.size() < 2) {
            // a single unknown "…省"-like token is too weak a signal: keep it in the title
            return null;
        }
        unknown.addAll(unk);
        return out;
    }

    static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Bracket depth (round, angle and lenticular brackets) just before each position. */
    static int[] depths(String s) {
        int[] out = new int[s.length() + 1];
        int d = 0;
        for (int k = 0; k < s.length(); k++) {
            out[k] = d;
            char c = s.charAt(k);
            if (c == '（' || c == '＜' || c == '【') {
                d++;
            } else if ((c == '）' || c == '＞' || c == '】') && d > 0) {
                d--;
            }
        }
        out[s.length()] = d;
        return out;
    }

    static int matching(String s, int open, char o, char c) {
        int d = 0;
        for (int k = open; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == o) {
                d++;
            } else if (ch == c) {
                d--;
                if (d == 0) {
                    return k;
                }
            }
        }
        return -1;
    }
}
