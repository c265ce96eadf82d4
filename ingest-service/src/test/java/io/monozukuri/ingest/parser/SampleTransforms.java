package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.List;

/** Layout transformations of a report text that keep its content: the metamorphic relations of the parser. */
final class SampleTransforms {

    private SampleTransforms() {}

    static List<String> lines(String t) {
        return new ArrayList<>(List.of(t.split("\n", -1)));
    }

    static boolean pageMark(String l) {
        return l.length() > 1 && l.charAt(0) == ' ' && l.charAt(1) != ' ';
    }

    /** Every empty line removed. */
    static String removeEmptyLines(String t) {
        List<String> out = new ArrayList<>();
        for (String l : lines(t)) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return String.join("\n", out);
    }

    /** Every line cut into lines of at most n characters (a page mark stays at the start of its first piece). */
    static String rewrap(String t, int n) {
        List<String> out = new ArrayList<>();
        for (String l : lines(t)) {
            int from = pageMark(l) ? 1 : 0;
            if (l.length() - from <= n) {
                out.add(l);
                continue;
            }
            for (int p = from; p < l.length(); p += n) {
                String piece = l.substring(p, Math.min(l.length(), p + n));
                out.add(p == from && from == 1 ? " " + piece : piece);
            }
        }
        return String.join("\n", out);
    }

    /** Each block of non-empty lines joined into one line (empty lines kept between blocks). */
    static String joinBlocks(String t) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String l : lines(t)) {
            if (l.isBlank()) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                out.add(l);
            } else if (cur == null) {
                cur = new StringBuilder(l);
            } else {
                cur.append(pageMark(l) ? l.substring(1) : l);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return String.join("\n", out);
    }

    /** Page marks (the single leading space) removed. */
    static String removePageMarks(String t) {
        List<String> out = new ArrayList<>();
        for (String l : lines(t)) {
            out.add(pageMark(l) ? l.substring(1) : l);
        }
        return String.join("\n", out);
    }

    static String crlf(String t) {
        return t.replace("\n", "\r\n");
    }

    static String bom(String t) {
        return "\uFEFF" + t;
    }

    /** Full-width ASCII forms (letters, digits, brackets, punctuation) and the ideographic space to half-width. */
    static String halfWidth(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            b.append(c);
        }
        return b.toString();
    }

    /** ASCII letters, digits, brackets and punctuation to full-width (page marks, ASCII spaces kept). */
    static String fullWidth(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '!' && c <= '~') {
                c = (char) (c + 0xFEE0);
            }
            b.append(c);
        }
        return b.toString();
    }
}
