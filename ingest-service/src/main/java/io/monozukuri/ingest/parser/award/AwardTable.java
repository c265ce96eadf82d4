package io.monozukuri.ingest.parser.award;

import io.monozukuri.ingest.parser.AwardMinistry;
import io.monozukuri.ingest.parser.Frequency;
import io.monozukuri.ingest.parser.FrequencyKind;
import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.NextCall;
import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.Recruitment;
import io.monozukuri.ingest.parser.RecruitmentMethod;
import io.monozukuri.ingest.parser.SchemeStatus;
import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.structure.LogicalLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 6: the award table of the last chapter — from the cells {@link AwardCells} wrote (each an empty-line
 * separated block of logical lines), each row's fields: name | summary | ministry + office | prizes | recruitment,
 * frequency, next call, status. Input: the logical lines from the table's start; output: the schemes
 * ({@code AWARD_INCOMPLETE}, {@code UNKNOWN_MINISTRY} for what a row lacks).
 */
public final class AwardTable {

    private final LogicalLines lines;
    private final int start;
    private final int end;
    private final MinistryRegistry registry;
    private final Warnings warnings;

    private AwardTable(LogicalLines lines, int start, MinistryRegistry registry, Warnings warnings) {
        this.lines = lines;
        this.start = start;
        this.end = lines.count();
        this.registry = registry;
        this.warnings = warnings;
    }

    /** The award schemes of the table starting at logical line start ({@link #start}); none when it is -1. */
    public static List<ParsedAwardScheme> read(
            LogicalLines lines, int start, MinistryRegistry registry, Warnings warnings) {
        return start < 0 ? List.of() : new AwardTable(lines, start, registry, warnings).parse();
    }

    /**
     * Where the award chapter starts: its header row ({@code 表彰制度名 … 担当省庁}), or the chapter heading before
     * it, or the introduction printed at the top of the chapter's page before the heading; -1 when none.
     */
    public static int start(LogicalLines lines) {
        for (int i = 0; i < lines.count(); i++) {
            String c = lines.text(i);
            if (c.contains("表彰制度名") && (c.contains("担当省庁") || c.contains("頻度"))) {
                for (int k = i - 1; k >= Math.max(0, i - 15); k--) {
                    if (HeadingMarks.chapterNum(lines.text(k)) > 0) {
                        // an introduction printed at the top of the chapter's page belongs to the chapter
                        for (int p = k - 1; p >= Math.max(0, k - 6); p--) {
                            if (!lines.blank(p) && lines.structural(p)) {
                                break;
                            }
                            if (lines.pageStart(p)) {
                                return p;
                            }
                        }
                        return k;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    private String cl(int i) {
        return lines.text(i);
    }

    private static final String[] MARKERS = {"【", "＜", "次回", "推薦受付", "開催時期", "終了"};

    private List<ParsedAwardScheme> parse() {
        // blocks of consecutive non-blank lines, header rows and chapter heading dropped
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        int i = start;
        // skip the chapter heading, its title and everything up to the first header row
        while (i < end && !(cl(i).contains("表彰制度名"))) {
            i++;
        }
        for (; i < end; i++) {
            String c = cl(i);
            boolean header = c.contains("表彰制度名") && (c.contains("担当省庁") || c.contains("頻度"));
            if (c.isEmpty() || header || HeadingMarks.chapterNum(c) > 0) {
                if (!cur.isEmpty()) {
                    blocks.add(cur);
                    cur = new ArrayList<>();
                }
                continue;
            }
            cur.add(i);
        }
        if (!cur.isEmpty()) {
            blocks.add(cur);
        }
        List<ParsedAwardScheme> out = new ArrayList<>();
        int from = 0;
        for (int b = 0; b < blocks.size(); b++) {
            if (!isMinistryBlock(blocks.get(b)) || b == from) {
                continue;
            }
            int pfEnd = b + 1;
            if (pfEnd >= blocks.size()) {
                warnings.add(
                        lines.warningLine(blocks.get(b).get(0)),
                        "AWARD_INCOMPLETE",
                        "award row without prizes/frequency");
                break;
            }
            String b1 = join(blocks.get(pfEnd));
            boolean combined = hasMarker(b1);
            if (!combined
                    && pfEnd + 1 < blocks.size()
                    && hasMarker(join(blocks.get(pfEnd + 1)))
                    && !isMinistryBlock(blocks.get(pfEnd + 1))) {
                pfEnd++;
            }
            out.add(scheme(blocks.subList(from, b), blocks.get(b), blocks.subList(b + 1, pfEnd + 1), combined));
            from = pfEnd + 1;
            b = pfEnd;
        }
        return out;
    }

    private static boolean hasMarker(String text) {
        StringBuilder b = new StringBuilder();
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                d++;
            } else if ((c == '）' || c == ')') && d > 0) {
                d--;
            } else if (d == 0) {
                b.append(c);
            }
        }
        String s = b.toString();
        for (String m : MARKERS) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private boolean isMinistryBlock(List<Integer> block) {
        String f = cl(block.get(0));
        return f.length() <= 16 && registry.fullNamePrefix(f).isPresent() && !f.contains("賞");
    }

    private String join(List<Integer> lines) {
        StringBuilder b = new StringBuilder();
        for (int l : lines) {
            b.append(cl(l));
        }
        return b.toString();
    }

    private ParsedAwardScheme scheme(
            List<List<Integer>> head, List<Integer> min, List<List<Integer>> pf, boolean combined) {
        // name and summary
        List<Integer> first = head.get(0);
        String firstLine = cl(first.get(0));
        String name;
        StringBuilder summary = new StringBuilder();
        int sp = firstLine.indexOf(' ');
        if (sp >= 2) {
            name = firstLine.substring(0, sp);
            summary.append(firstLine.substring(sp + 1));
            for (int k = 1; k < first.size(); k++) {
                summary.append(cl(first.get(k)));
            }
        } else {
            name = join(first);
        }
        for (int k = 1; k < head.size(); k++) {
            summary.append(join(head.get(k)));
        }
        // ministry and office
        String m0 = cl(min.get(0));
        var entry = registry.fullNamePrefix(m0).orElse(null);
        AwardMinistry ministry = entry == null ? null : new AwardMinistry(entry.code(), entry.name());
        StringBuilder office =
                new StringBuilder(entry == null ? m0 : m0.substring(entry.name().length()));
        for (int k = 1; k < min.size(); k++) {
            office.append(cl(min.get(k)));
        }
        // prizes and frequency cell
        String prizesText;
        String freqText;
        if (pf.size() >= 2) {
            prizesText = join(pf.get(0));
            StringBuilder f = new StringBuilder();
            for (int k = 1; k < pf.size(); k++) {
                f.append(join(pf.get(k)));
            }
            freqText = f.toString();
        } else {
            String all = join(pf.get(0));
            int cut = all.length();
            for (String m : MARKERS) {
                int p = all.indexOf(m);
                if (p >= 0 && p < cut) {
                    cut = p;
                }
            }
            // a year before 終了 / 募集 belongs to the frequency cell
            int y = lastYearStart(all, cut);
            cut = Math.min(cut, y);
            prizesText = all.substring(0, cut);
            freqText = all.substring(cut);
        }
        List<String> prizes = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        String pt = TextNorm.title(prizesText);
        StringBuilder rest = new StringBuilder();
        int depth = 0;
        StringBuilder grp = new StringBuilder();
        for (int k = 0; k < pt.length(); k++) {
            char c = pt.charAt(k);
            if (c == '（') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == '）' && depth > 0) {
                depth--;
                if (depth == 0) {
                    if (note.length() > 0) {
                        note.append(' ');
                    }
                    note.append(grp);
                    grp.setLength(0);
                    continue;
                }
            }
            (depth > 0 ? grp : rest).append(c);
        }
        String r = rest.toString();
        int st = 0;
        for (int k = 0; k < r.length(); k++) {
            if (r.charAt(k) == '賞') {
                String p = r.substring(st, k + 1).trim();
                if (!p.isEmpty()) {
                    prizes.add(p);
                }
                st = k + 1;
            }
        }
        String tail = r.substring(st).trim();
        if (!tail.isEmpty() && !tail.equals("－") && !tail.equals("-") && !tail.equals("―")) {
            prizes.add(tail);
        }
        String ft = TextNorm.title(freqText);
        Recruitment rec = new Recruitment(RecruitmentMethod.NONE, null);
        int a = ft.indexOf('【');
        int bb = a < 0 ? -1 : ft.indexOf('】', a);
        String remaining = ft;
        if (a >= 0 && bb > a) {
            String txt = ft.substring(a + 1, bb);
            RecruitmentMethod m = txt.contains("推薦")
                    ? RecruitmentMethod.NOMINATION
                    : txt.contains("公募") ? RecruitmentMethod.PUBLIC_CALL : RecruitmentMethod.NONE;
            rec = new Recruitment(m, txt);
            remaining = remaining.replace(ft.substring(a, bb + 1), "");
        }
        Frequency freq = null;
        int fa = remaining.indexOf('＜');
        int fb = fa < 0 ? -1 : remaining.indexOf('＞', fa);
        if (fa >= 0 && fb > fa) {
            String txt = remaining.substring(fa + 1, fb);
            FrequencyKind k;
            if (txt.contains("隔年") || txt.contains("2年に一度") || txt.contains("2年に1度")) {
                k = FrequencyKind.BIENNIAL;
            } else if (txt.contains("3年に一度") || txt.contains("3年に1度") || txt.contains("三年に一度")) {
                k = FrequencyKind.TRIENNIAL;
            } else if (txt.contains("毎年") && !txt.contains("除き") && !txt.contains("除く")) {
                k = FrequencyKind.ANNUAL;
            } else {
                k = FrequencyKind.OTHER;
            }
            freq = new Frequency(k, txt);
            remaining = remaining.substring(0, fa) + remaining.substring(fb + 1);
        }
        NextCall next = null;
        String noteText = null;
        for (String label : new String[] {"次回公募", "推薦受付期間", "次回募集"}) {
            int p = remaining.indexOf(label);
            if (p < 0) {
                continue;
            }
            int q = p + label.length();
            while (q < remaining.length() && (remaining.charAt(q) == '：' || remaining.charAt(q) == ':')) {
                q++;
            }
            int e = remaining.length();
            int oc = remaining.indexOf("開催時期", q);
            if (oc >= 0) {
                e = oc;
            }
            String txt = remaining.substring(q, e).trim();
            String[] fromTo = months(txt);
            next = new NextCall(txt, fromTo[0], fromTo[1], label);
            remaining = remaining.substring(0, p) + remaining.substring(e);
            break;
        }
        SchemeStatus status = SchemeStatus.ACTIVE;
        String rem = remaining.trim();
        if (rem.contains("終了")) {
            status = SchemeStatus.ENDED;
        }
        if (!rem.isEmpty()) {
            noteText = rem;
        }
        int lineStart = first.get(0);
        List<Integer> lastBlock = pf.get(pf.size() - 1);
        int lineEnd = lastBlock.get(lastBlock.size() - 1);
        String nm = TextNorm.title(name);
        if (ministry == null) {
            warnings.add(lines.warningLine(min.get(0)), "AWARD_INCOMPLETE", "unknown ministry in award row " + nm);
        }
        return new ParsedAwardScheme(
                nm,
                TextNorm.title(summary.toString()),
                ministry,
                TextNorm.title(office.toString()),
                prizes,
                note.length() == 0 ? null : note.toString(),
                rec,
                freq,
                next,
                status,
                noteText,
                lines.sourceRef(lineStart, lineEnd));
    }

    private static int lastYearStart(String s, int cut) {
        // "2020年度で終了": move the cut back over a leading year
        int p = s.indexOf("年度で終了");
        if (p >= 4 && p - 4 < cut) {
            return p - 4;
        }
        return cut;
    }

    /** yyyy-MM of the first and last month printed after a year; nulls when no year is printed. */
    static String[] months(String t) {
        int y = -1;
        List<Integer> ms = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                int j = i;
                while (j < t.length() && Character.isDigit(t.charAt(j))) {
                    j++;
                }
                int v = Integer.parseInt(t.substring(i, Math.min(j, i + 6)));
                if (j < t.length() && t.charAt(j) == '年' && j - i == 4) {
                    y = v;
                } else if (j < t.length() && t.charAt(j) == '月' && v >= 1 && v <= 12) {
                    ms.add(v);
                }
                i = j - 1;
            }
        }
        if (y < 0 || ms.isEmpty()) {
            return new String[] {null, null};
        }
        int m1 = ms.get(0);
        int m2 = ms.get(ms.size() - 1);
        int y2 = m2 < m1 ? y + 1 : y;
        return new String[] {String.format("%04d-%02d", y, m1), String.format("%04d-%02d", y2, m2)};
    }
}
