package io.monozukuri.ingest.parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget-clause grammar: the amounts of a heading's trailing {@code （…円…）} / {@code （…の内数）} clause in printed
 * order, each with its qualifier ({@code （当初）}, {@code （2019年度補正）}, {@code （予備費）} …), {@code 約},
 * {@code 総額}, {@code の内数} (per amount), a named pool ({@code X の内数}, {@code X のうち …}), breakdowns skipped,
 * misprints read and reported. Linear scanners only, no regular expressions.
 */
final class BudgetClause {

    private BudgetClause() {}

    static final class Clause {
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

    static Clause parse(String clause, List<String> warnings) {
        Clause out = new Clause();
        String s = clause;
        // strip outer brackets when they match each other
        String inner = s;
        if (s.startsWith("（")) {
            int close = HeadingParser.matching(s, 0, '（', '）');
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

    private static int qualifiers(String s, int i, Clause out, int idx) {
        int n = s.length();
        boolean labelled = false;
        int guard = 0;
        while (i < n && guard++ < 8) {
            int j = HeadingParser.skipSpaces(s, i);
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
                int k = HeadingParser.skipSpaces(s, j + 1);
                if (k < n && s.charAt(k) == '（') {
                    i = k;
                    continue;
                }
                return j;
            }
            if (j < n && s.charAt(j) == '（') {
                int close = HeadingParser.matching(s, j, '（', '）');
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
            int ns = HeadingParser.skipSpaces(s, j);
            int k = ns;
            StringBuilder num = new StringBuilder();
            while (k < n && (isNumChar(s.charAt(k)) || (s.charAt(k) == ' ' && k + 1 < n && isDigit(s.charAt(k + 1))))) {
                char c = s.charAt(k);
                if (isDigit(c) || c == '.') {
                    num.append(c);
                }
                k++;
            }
            int us = HeadingParser.skipSpaces(s, k);
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
                int g = HeadingParser.skipSpaces(s, j);
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
}
