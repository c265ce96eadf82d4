package io.monozukuri.ingest.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a heading (already joined over its lines, without its number) into title, budget clause, ministries
 * clause and re-listed marker, and parses the budget clause. Linear scanners only, no regular expressions.
 */
final class HeadingParser {

    /** Parsed heading. */
    record Parsed(
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

    HeadingParser(MinistryRegistry registry) {
        this.registry = registry;
    }

    Parsed parse(String heading) {
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
            Clause c = parseClause(clause, warnings);
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

    // ---------------------------------------------------------------- budget clause

    private static final class Clause {
        final List<Budget> budgets = new ArrayList<>();
        String text;
        boolean partOf;
        String pool;
    }

    private static final class Amount {
        long yen;
        int end;
        boolean misprint;
        String misprintWhy;
    }

    Clause parseClause(String clause, List<String> warnings) {
        Clause out = new Clause();
        String s = clause;
        // strip outer brackets when they match each other
        String inner = s;
        if (s.startsWith("（")) {
            int close = matching(s, 0, '（', '）');
            if (close == s.length() - 1) {
                inner = s.substring(1, close);
            } else if (close >= 0 && containsAmount(s, close + 1)) {
                warnings.add("closing bracket misplaced in budget clause: " + TextNorm.title(s));
                inner = s.substring(1);
            } else if (close < 0) {
                warnings.add("unbalanced brackets in budget clause: " + TextNorm.title(s));
                inner = s.substring(1);
            } else {
                inner = s.substring(1, close) + s.substring(close + 1);
            }
        }
        out.text = TextNorm.title(inner);
        out.partOf = inner.contains("内数");
        String pending = null; // pending prefix label (総額)
        boolean approx = false;
        Budget last = null;
        int lastIdx = -1;
        int i = 0;
        int n = inner.length();
        while (i < n) {
            char c = inner.charAt(i);
            if (c == '約') {
                approx = true;
                i++;
                continue;
            }
            if (inner.startsWith("総額", i)) {
                pending = "総額";
                i += 2;
                continue;
            }
            if (isDigit(c) && (i == 0 || !isNumChar(inner.charAt(i - 1)))) {
                Amount a = amountAt(inner, i);
                if (a != null) {
                    if (a.misprint) {
                        warnings.add("misprinted amount '" + TextNorm.title(inner.substring(i, a.end)) + "': "
                                + a.misprintWhy + "; read as " + a.yen + " yen");
                    }
                    BudgetType type = pending != null ? BudgetType.TOTAL : BudgetType.OTHER;
                    last = new Budget(a.yen, pending, type, approx, false);
                    out.budgets.add(last);
                    lastIdx = out.budgets.size() - 1;
                    pending = null;
                    approx = false;
                    i = a.end;
                    // qualifiers following the amount
                    i = qualifiers(inner, i, out, lastIdx);
                    continue;
                }
            }
            i++;
        }
        // pool: text before の内数 / のうち that holds no amount
        int k = inner.indexOf("の内数");
        int u = inner.indexOf("のうち");
        int cut = k >= 0 && (u < 0 || k < u) ? k : u;
        if (cut > 0) {
            String before = inner.substring(0, cut);
            if (!containsAmount(before, 0) && !TextNorm.title(before).isEmpty()) {
                out.pool = TextNorm.title(before);
            }
        }
        if (out.budgets.isEmpty() && !out.partOf && out.pool == null && inner.indexOf('円') >= 0) {
            warnings.add("budget clause without a readable amount: " + out.text);
        }
        return out;
    }

    private int qualifiers(String s, int i, Clause out, int idx) {
        int n = s.length();
        boolean labelled = false;
        int guard = 0;
        while (i < n && guard++ < 8) {
            int j = skipSpaces(s, i);
            if (j < n && s.charAt(j) == '※') {
                i = j + 1;
                continue;
            }
            if (s.startsWith("の内数", j)) {
                Budget b = out.budgets.get(idx);
                out.budgets.set(idx, new Budget(b.amountYen(), b.label(), b.type(), b.approximate(), true));
                i = j + 3;
                if (i < n && s.charAt(i) == '等') {
                    i++;
                }
                continue;
            }
            if (j < n && s.charAt(j) == '）' && !labelled) {
                // stray closing bracket (misprint) or end of nesting: look past it for a qualifier
                int k = skipSpaces(s, j + 1);
                if (k < n && s.charAt(k) == '（') {
                    i = k;
                    continue;
                }
                return j;
            }
            if (j < n && s.charAt(j) == '（') {
                int close = matching(s, j, '（', '）');
                if (close < 0) {
                    return j + 1;
                }
                String content = s.substring(j + 1, close);
                if (containsAmount(content, 0)) {
                    // breakdown of the amount just read: never count twice
                    i = close + 1;
                    continue;
                }
                if (labelled) {
                    return j;
                }
                String label = TextNorm.title(content);
                if (label.isEmpty() || label.startsWith("独") || label.startsWith("株") || label.startsWith("一")) {
                    return j;
                }
                Budget b = out.budgets.get(idx);
                String full = b.label() == null ? label : b.label() + label;
                out.budgets.set(
                        idx, new Budget(b.amountYen(), full, typeOf(full, b.type()), b.approximate(), b.partOf()));
                labelled = true;
                i = close + 1;
                continue;
            }
            return j;
        }
        return i;
    }

    static BudgetType typeOf(String label, BudgetType current) {
        if (label == null) {
            return current;
        }
        if (label.contains("予備費")) {
            return BudgetType.RESERVE;
        }
        if (label.contains("補正")) {
            return BudgetType.SUPPLEMENTARY;
        }
        if (label.contains("当初")) {
            return BudgetType.INITIAL;
        }
        if (label.contains("総額")) {
            return BudgetType.TOTAL;
        }
        return current == BudgetType.TOTAL ? BudgetType.TOTAL : BudgetType.OTHER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumChar(char c) {
        return isDigit(c) || c == ',' || c == '.';
    }

    /** True when s from i holds a number followed by a money unit. */
    static boolean containsAmount(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                int j = i;
                while (j < s.length() && (isNumChar(s.charAt(j)) || s.charAt(j) == ' ')) {
                    j++;
                }
                if (j < s.length()) {
                    char u = s.charAt(j);
                    if (u == '億' || u == '円' || u == '兆' || u == '万' || u == '千' || s.startsWith("百万", j)) {
                        // must end in 円 somewhere soon
                        int e = Math.min(s.length(), j + 12);
                        if (s.substring(j, e).indexOf('円') >= 0) {
                            return true;
                        }
                    }
                }
                i = j;
            }
        }
        return false;
    }

    /** Reads an amount such as "133億 10百万円" starting at a digit; null when it is not an amount. */
    private static Amount amountAt(String s, int i) {
        int n = s.length();
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        Amount a = new Amount();
        int j = i;
        int units = 0;
        while (j < n && units < 8) {
            units++;
            int ns = skipSpaces(s, j);
            int k = ns;
            StringBuilder num = new StringBuilder();
            while (k < n && (isNumChar(s.charAt(k)) || (s.charAt(k) == ' ' && k + 1 < n && isDigit(s.charAt(k + 1))))) {
                char c = s.charAt(k);
                if (isDigit(c) || c == '.') {
                    num.append(c);
                }
                k++;
            }
            int us = skipSpaces(s, k);
            long mult;
            int ulen;
            if (us < n && s.charAt(us) == '兆') {
                mult = 1_000_000_000_000L;
                ulen = 1;
            } else if (us < n && s.charAt(us) == '億') {
                mult = 100_000_000L;
                ulen = 1;
            } else if (s.startsWith("千万", us)) {
                mult = 10_000_000L;
                ulen = 2;
            } else if (s.startsWith("百万", us)) {
                mult = 1_000_000L;
                ulen = 2;
            } else if (us < n && s.charAt(us) == '万') {
                mult = 10_000L;
                ulen = 1;
            } else if (us < n && s.charAt(us) == '千') {
                mult = 1_000L;
                ulen = 1;
            } else if (us < n && s.charAt(us) == '円') {
                if (num.length() > 0) {
                    total = total.add(parseNum(num));
                    any = true;
                } else if (!any) {
                    return null;
                }
                j = us + 1;
                // misprint: another amount glued right after 円 ("275億円72百万円")
                int g = skipSpaces(s, j);
                if (g < n && isDigit(s.charAt(g))) {
                    Amount more = amountAt(s, g);
                    if (more != null && more.yen < total.longValue() && total.longValue() % 100_000_000L == 0) {
                        total = total.add(BigDecimal.valueOf(more.yen));
                        a.misprint = true;
                        a.misprintWhy = "'円' printed inside the amount";
                        j = more.end;
                    }
                }
                a.yen = total.longValue();
                a.end = j;
                return a;
            } else {
                break;
            }
            if (num.length() == 0) {
                if (!any) {
                    return null;
                }
                a.misprint = true;
                a.misprintWhy = "unit '" + s.substring(us, us + ulen) + "' without a number (ignored)";
            } else {
                total = total.add(parseNum(num).multiply(BigDecimal.valueOf(mult)));
                any = true;
            }
            j = us + ulen;
        }
        if (!any) {
            return null;
        }
        a.misprint = true;
        a.misprintWhy = "amount without '円'";
        a.yen = total.longValue();
        a.end = j;
        return a;
    }

    private static BigDecimal parseNum(CharSequence num) {
        try {
            return new BigDecimal(num.toString());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
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
