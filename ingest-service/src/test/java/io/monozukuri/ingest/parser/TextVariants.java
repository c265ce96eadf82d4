package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.heading.HeadingMarks;
import java.util.ArrayList;
import java.util.List;

/** The same report produced differently: used by the variant tests and the benchmark. */
final class TextVariants {

    private TextVariants() {}

    static String crlf(String t) {
        return t.replace("\n", "\r\n");
    }

    static String bom(String t) {
        return "\uFEFF" + t;
    }

    /** Full-width brackets and digits to half-width ASCII. */
    static String halfWidth(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            if (c == '（') {
                c = '(';
            } else if (c == '）') {
                c = ')';
            } else if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            }
            b.append(c);
        }
        return b.toString();
    }

    /** ASCII digits and brackets to full-width. */
    static String fullWidth(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            if (c >= '0' && c <= '9') {
                c = (char) ('０' + (c - '0'));
            } else if (c == '(') {
                c = '（';
            } else if (c == ')') {
                c = '）';
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Page-start marks removed (the leading single space of a line). */
    static String noPageMarks(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (String l : t.split("\n", -1)) {
            if (l.length() > 1 && l.charAt(0) == ' ' && l.charAt(1) != ' ') {
                l = l.substring(1);
            }
            b.append(l).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }

    private static boolean headingLike(String l) {
        String c = TextNorm.clean(l);
        if (c.isEmpty()) {
            return true;
        }
        char f = c.charAt(0);
        return f == '（'
                || f == '＜'
                || f == '【'
                || f == '第'
                || HeadingMarks.circled(f) > 0
                || Character.isDigit(f)
                || Character.isDigit(c.charAt(c.length() - 1))
                || c.contains("表彰")
                || c.contains("省")
                || c.length() < 8;
    }

    /**
     * Body paragraphs re-wrapped at another width: runs of at least three body lines (each holding 、 or 。, none
     * looking like a heading) are joined and cut again every {@code width} characters.
     */
    static String rewrap(String t, int width) {
        String[] lines = t.split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            int j = i;
            while (j < lines.length
                    && !headingLike(lines[j])
                    && (lines[j].indexOf('、') >= 0 || lines[j].indexOf('。') >= 0)
                    && !lines[j].startsWith(" ")) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder run = new StringBuilder();
                for (int k = i; k < j; k++) {
                    run.append(lines[k]);
                }
                String s = run.toString();
                for (int p = 0; p < s.length(); p += width) {
                    out.add(s.substring(p, Math.min(s.length(), p + width)));
                }
                i = j;
            } else {
                out.add(lines[i]);
                i++;
            }
        }
        return String.join("\n", out);
    }
}
