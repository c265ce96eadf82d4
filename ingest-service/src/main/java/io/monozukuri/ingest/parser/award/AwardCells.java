package io.monozukuri.ingest.parser.award;

import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.text.Pieces.Piece;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * The award table cut into its cells by content, whatever the line ends and empty lines of the input: the header
 * rows are dropped (the first one is kept as a line), and each row is read as name, summary, ministry, office,
 * prizes, frequency. The summary ends with {@code 。} right before the ministry's full name; the office runs up to
 * the first prize ({@code 内閣総理大臣賞}, {@code <ministry>大臣賞}) or {@code －}; the prizes up to the first
 * 頻度等 element ({@code 【…】}, {@code ＜…＞}, {@code 次回公募}, {@code 推薦受付期間}, {@code 開催時期},
 * {@code YYYY年度で終了}); the 頻度等 cell ends after its last element (a date: {@code [YYYY年] M月[上旬…][～ M月]
 * [頃][（予定）][まで]}, a season: {@code [毎年]夏頃}); the next row starts there. The name is the start of the row up
 * to the first word that ends award names ({@code 表彰制度}, {@code 表彰}, {@code 賞}, {@code 大会},
 * {@code コンクール}, {@code グランプリ}, {@code 社}, {@code 選}) and a bracket group right after it.
 */
public final class AwardCells {

    private static final String HEADER = "表彰制度名";
    /** The header row as one line, however it was wrapped. */
    public static final String HEADER_ROW = "表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等";

    private static final String[] NAME_ENDS = {"表彰制度", "表彰", "賞", "大会", "コンクール", "グランプリ", "社", "選"};
    private static final String[] CALLS = {"次回公募", "推薦受付期間", "次回募集"};

    private final StringBuilder buf = new StringBuilder();
    private String s = "";
    private final List<Integer> line = new ArrayList<>();
    private final ReadingText out;

    private AwardCells(ReadingText out) {
        this.out = out;
    }

    /** The header row of the table ({@code 表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等}). */
    public static boolean isHeader(String c) {
        return c.contains(HEADER) && (c.contains("担当省庁") || c.contains("頻度") || c.contains("表彰対象"));
    }

    /** Writes the table starting at the first header piece as cells (logical lines, an empty one between). */
    public static void emit(List<Piece> pieces, ReadingText out, SourceLines src) {
        Piece h = pieces.get(0);
        out.blankLine(h.line());
        out.addLine(HEADER_ROW, h.line(), h.line(), h.lineStart() && src.pageStart[h.line()], false);
        AwardCells c = new AwardCells(out);
        for (Piece p : pieces) {
            c.append(p);
        }
        c.rows();
    }

    private void append(Piece p) {
        String t = p.text();
        for (int k = 0; k < t.length(); k++) {
            buf.append(t.charAt(k));
            line.add(p.lineAt(k));
        }
    }

    /** The header rows ({@code 表彰制度名 … 頻度等}, wrapped or not) blanked out of the table's text. */
    private void dropHeaders() {
        int h = buf.indexOf(HEADER);
        while (h >= 0) {
            int e = buf.indexOf("頻度等", h);
            if (e < 0 || e - h > 40) {
                break;
            }
            for (int k = h; k < e + 3; k++) {
                buf.setCharAt(k, ' ');
            }
            h = buf.indexOf(HEADER, e);
        }
    }

    private void rows() {
        dropHeaders();
        s = buf.toString();
        int pos = skip(0);
        MinistryRegistry reg = MinistryRegistry.standard();
        while (pos < s.length()) {
            int[] m = ministry(pos, reg);
            if (m == null) {
                break;
            }
            int q = m[0];
            int officeStart = q + m[1];
            int prizeStart = prizeStart(officeStart, reg);
            int freqStart = freqStart(prizeStart);
            int end = freqEnd(freqStart);
            int nameEnd = nameEnd(pos, q);
            cell(pos, nameEnd, true);
            cell(nameEnd, q, false);
            out.blankLine(line.get(q));
            out.addLine(s.substring(q, officeStart), line.get(q), line.get(officeStart - 1), false, false);
            if (prizeStart > officeStart) {
                out.addLine(
                        s.substring(officeStart, prizeStart).trim(),
                        line.get(officeStart),
                        line.get(prizeStart - 1),
                        false,
                        false);
            }
            cell(prizeStart, freqStart, false);
            cell(freqStart, end, false);
            pos = skip(end);
        }
    }

    private int skip(int k) {
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private void cell(int from, int to, boolean name) {
        String t = from < to ? s.substring(from, to).trim() : "";
        if (t.isEmpty()) {
            return;
        }
        out.blankLine(line.get(from));
        out.addLine(name ? TextNorm.title(t) : t, line.get(from), line.get(to - 1), false, false);
    }

    /** {start, length} of the first ministry's full name right after a summary's {@code 。}; null when none. */
    private int[] ministry(int pos, MinistryRegistry reg) {
        for (int q = pos + 1; q < s.length(); q++) {
            int p = q - 1;
            while (p > pos && s.charAt(p) == ' ') {
                p--;
            }
            if (s.charAt(p) != '。') {
                continue;
            }
            for (MinistryRegistry.Entry e : reg.entries()) {
                if (s.startsWith(e.name(), q) && e.name().length() >= 3) {
                    return new int[] {q, e.name().length()};
                }
            }
        }
        return null;
    }

    private int prizeStart(int k, MinistryRegistry reg) {
        if (prizes == null) {
            List<String> p = new ArrayList<>();
            for (MinistryRegistry.Entry e : reg.entries()) {
                String n = e.name();
                if (n.endsWith("省")) {
                    p.add(n.substring(0, n.length() - 1) + "大臣賞");
                }
            }
            prizes = p.toArray(new String[0]);
            StringBuilder first = new StringBuilder();
            for (String x : prizes) {
                first.append(x.charAt(0));
            }
            prizeFirst = first.toString();
        }
        for (int q = k; q < s.length(); q++) {
            char c = s.charAt(q);
            if (c == '－'
                    || c == '―'
                    || (c == '-' && !TextNorm.isAsciiWordChar(s.charAt(Math.max(0, q - 1))))
                    || c == '【'
                    || c == '＜'
                    || s.startsWith("内閣総理大臣賞", q)) {
                return q;
            }
            if (prizeFirst.indexOf(c) < 0) {
                continue; // no "<ministry>大臣賞" starts here
            }
            for (String x : prizes) {
                if (s.startsWith(x, q)) {
                    return q;
                }
            }
        }
        return s.length();
    }

    /** The prizes named after a ministry ({@code 経済産業大臣賞}) and their first characters, made on first use. */
    private String[] prizes;

    private String prizeFirst;

    private int freqStart(int k) {
        int d = 0;
        for (int q = k; q < s.length(); q++) {
            char c = s.charAt(q);
            if (c == '（') {
                d++;
            } else if (c == '）' && d > 0) {
                d--;
            } else if (d == 0 && (c == '【' || c == '＜' || startsCall(q) || s.startsWith("開催時期", q) || endedAt(q) > 0)) {
                return q;
            }
        }
        return s.length();
    }

    private boolean startsCall(int q) {
        for (String c : CALLS) {
            if (s.startsWith(c, q)) {
                return true;
            }
        }
        return false;
    }

    /** {@code YYYY年度で終了} at q: its end, else -1. */
    private int endedAt(int q) {
        int k = digits(q);
        if (k - q == 4 && s.startsWith("年度で終了", skip(k))) {
            return skip(k) + 5;
        }
        return -1;
    }

    private int digits(int q) {
        int k = q;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private int freqEnd(int k) {
        int q = skip(k);
        while (q < s.length()) {
            char c = s.charAt(q);
            int next;
            if (c == '【' || c == '＜') {
                int e = s.indexOf(c == '【' ? "】" : "＞", q);
                next = e < 0 ? s.length() : e + 1;
            } else if (startsCall(q)) {
                int l = s.startsWith("推薦受付期間", q) ? 6 : 4;
                next = date(colon(q + l));
            } else if (s.startsWith("開催時期", q)) {
                next = season(colon(q + 4));
            } else if (endedAt(q) > 0) {
                next = endedAt(q);
            } else {
                break;
            }
            q = skip(next);
        }
        return q;
    }

    private int colon(int q) {
        q = skip(q);
        while (q < s.length() && (s.charAt(q) == '：' || s.charAt(q) == ':')) {
            q = skip(q + 1);
        }
        return q;
    }

    private int season(int q) {
        if (s.startsWith("毎年", q)) {
            q += 2;
        }
        for (String w : new String[] {"年度末", "春", "夏", "秋", "冬"}) {
            if (s.startsWith(w, q)) {
                q += w.length();
                break;
            }
        }
        return s.startsWith("頃", q) ? q + 1 : q;
    }

    /** {@code [YYYY年] (M月[上旬|中旬|下旬|末] | 春|夏|秋|冬) [～ …][頃][（予定）][まで]}. */
    private int date(int q) {
        int k = digits(q);
        if (k - q == 4 && s.startsWith("年", skip(k))) {
            q = skip(skip(k) + 1);
        }
        q = monthOrSeason(q);
        int t = skip(q);
        if (t < s.length() && (s.charAt(t) == '～' || s.charAt(t) == '~')) {
            int r = skip(t + 1);
            int y = digits(r);
            if (y - r == 4 && s.startsWith("年", skip(y))) {
                r = skip(skip(y) + 1);
            }
            q = monthOrSeason(r);
        }
        if (s.startsWith("頃", q)) {
            q++;
        }
        if (s.startsWith("（予定）", q)) {
            q += 4;
        }
        if (s.startsWith("まで", q)) {
            q += 2;
        }
        return q;
    }

    private int monthOrSeason(int q) {
        int k = digits(q);
        if (k > q && k - q <= 2 && s.startsWith("月", skip(k))) {
            q = skip(k) + 1;
            for (String w : new String[] {"上旬", "中旬", "下旬", "末"}) {
                if (s.startsWith(w, q)) {
                    return q + w.length();
                }
            }
            return q;
        }
        for (String w : new String[] {"春", "夏", "秋", "冬"}) {
            if (s.startsWith(w, q)) {
                return q + 1;
            }
        }
        return q;
    }

    /** Where the name ends in the row's first cell [pos, q). */
    private int nameEnd(int pos, int q) {
        int limit = Math.min(q, pos + 40);
        for (int p = pos + 2; p <= limit; p++) {
            for (String w : NAME_ENDS) {
                if (p - pos >= w.length() && s.startsWith(w, p - w.length())) {
                    int e = p;
                    if (w.equals("表彰") && s.startsWith("制度", e)) {
                        e += 2;
                    }
                    int b = skip(e);
                    if (b < q && s.charAt(b) == '（') {
                        int c = s.indexOf("）", b);
                        if (c > 0 && c < q && c - b < 20) {
                            e = c + 1;
                        }
                    }
                    return e;
                }
            }
        }
        int sp = s.indexOf(" ", pos);
        return sp > pos && sp < q ? sp : q;
    }
}
