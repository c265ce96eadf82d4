package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.text.SourceLines;

/**
 * Stage 8a: the report's title (its first text up to an empty line, a part or chapter mark, {@code はじめに} or a
 * sentence) and fiscal year ({@code 令和N年度} → 2018+N, {@code 平成N年度} → 1988+N, {@code 元} = 1, else a
 * {@code YYYY年度} in the first 40 lines).
 */
record ReportHeader(String title, Integer fiscalYear) {

    static ReportHeader of(SourceLines src) {
        String title = title(src);
        return new ReportHeader(title, fiscalYear(src, title));
    }

    private static String title(SourceLines src) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(src.count, 40); i++) {
            String c = src.clean[i];
            if (c.isEmpty()) {
                if (b.length() > 0) {
                    break;
                }
                continue;
            }
            int cut = titleStop(c);
            b.append(c, 0, cut);
            if (cut < c.length() || b.length() > 200) {
                break;
            }
        }
        String t = TextNorm.title(b.toString());
        return t.isEmpty() || t.indexOf('。') >= 0 ? null : t;
    }

    /** Where the title stops in a line: {@code はじめに}, a comma, a sentence end, {@code 第N部} or {@code 第N章}. */
    static int titleStop(String c) {
        for (int k = 0; k < c.length(); k++) {
            if (c.startsWith("はじめに", k) || c.charAt(k) == '、' || c.charAt(k) == '。') {
                return k;
            }
            if (c.charAt(k) == '第') {
                int q = HeadingParser.skipSpaces(c, k + 1);
                int d = q;
                while (d < c.length() && Character.isDigit(c.charAt(d))) {
                    d++;
                }
                d = HeadingParser.skipSpaces(c, d);
                if (d > q && d < c.length() && (c.charAt(d) == '部' || c.charAt(d) == '章')) {
                    return k;
                }
            }
        }
        return c.length();
    }

    private static Integer fiscalYear(SourceLines src, String title) {
        StringBuilder b = new StringBuilder(title == null ? "" : title);
        for (int i = 0; i < Math.min(src.count, 40); i++) {
            b.append('\n').append(TextNorm.title(src.clean[i]));
        }
        String s = b.toString();
        Integer y = era(s, "令和", 2018);
        if (y == null) {
            y = era(s, "平成", 1988);
        }
        if (y != null) {
            return y;
        }
        int p = s.indexOf("年度");
        while (p >= 4) {
            String d = s.substring(p - 4, p);
            if (d.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(d);
            }
            p = s.indexOf("年度", p + 2);
        }
        return null;
    }

    static Integer era(String s, String era, int base) {
        int p = s.indexOf(era);
        while (p >= 0) {
            int k = p + era.length();
            if (s.startsWith("元年度", k)) {
                return base + 1;
            }
            int e = k;
            while (e < s.length() && e < k + 2 && Character.isDigit(s.charAt(e))) {
                e++;
            }
            if (e > k && s.startsWith("年度", e)) {
                return base + Integer.parseInt(s.substring(k, e));
            }
            p = s.indexOf(era, p + 1);
        }
        return null;
    }
}
