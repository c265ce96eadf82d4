package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.text.ReadingText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One parse of one text: the stages of the pipeline in order (see PARSER.md). Not thread safe, used once. */
final class ParseRun extends MeasureAssembly {

    ParseRun(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    ParseResult run() {
        for (String[] w : reading.warnings) {
            warnings.add(new ParseWarning(Integer.parseInt(w[0]) + 1, w[1], w[2]));
        }
        int awardStart = findAwardStart();
        List<Event> evs = tokenize(awardStart < 0 ? lineCount : awardStart);
        structure(evs);
        for (int c = Math.max(0, awardStart); awardStart >= 0 && c < Math.min(lineCount, awardStart + 15); c++) {
            if (chapterNum(cl[c]) > 0) {
                int k = nextContent(c, 3);
                chapter(chapterNum(cl[c]), k >= 0 ? TextNorm.title(cl[k]) : null);
                break;
            }
        }
        List<ParsedAwardScheme> schemes =
                awardStart < 0 ? List.of() : new AwardParser(this, cl, raw, awardStart, lineCount, registry).parse();
        List<ParsedMeasure> measures = buildMeasures(schemes);
        String title = reportTitle();
        Integer fy = fiscalYear(title);
        List<ParsedChapter> outline = new ArrayList<>();
        chapters.sort(Comparator.comparingInt(c -> c.num));
        for (ChapterNode c : chapters) {
            List<ParsedSection> ss = new ArrayList<>();
            c.secs.sort(Comparator.comparingInt(s -> s.num));
            for (SectionNode s : c.secs) {
                ss.add(new ParsedSection(s.num, s.title));
            }
            outline.add(new ParsedChapter(c.num, c.title, ss));
        }
        int pages = src.pageCount();
        warnings.sort(Comparator.comparingInt(ParseWarning::line));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("chapters", outline.size());
        counts.put(
                "sections", outline.stream().mapToInt(c -> c.sections().size()).sum());
        counts.put("subsections", (int) measures.stream()
                .filter(m -> m.kind() == MeasureKind.SUBSECTION)
                .count());
        counts.put("items", (int)
                measures.stream().filter(m -> m.kind() == MeasureKind.ITEM).count());
        counts.put("subitems", (int)
                measures.stream().filter(m -> m.kind() == MeasureKind.SUBITEM).count());
        counts.put("measures", measures.size());
        counts.put("awardSchemes", schemes.size());
        counts.put("warnings", warnings.size());
        ParsedReport report = new ParsedReport(hash, title, fy, src.count, pages, outline, counts);
        return new ParseResult(report, measures, schemes, List.copyOf(warnings));
    }

    int findAwardStart() {
        for (int i = 0; i < lineCount; i++) {
            if (cl[i].contains("表彰制度名") && (cl[i].contains("担当省庁") || cl[i].contains("頻度"))) {
                for (int k = i - 1; k >= Math.max(0, i - 15); k--) {
                    if (chapterNum(cl[k]) > 0) {
                        // an introduction printed at the top of the chapter's page belongs to the chapter
                        for (int p = k - 1; p >= Math.max(0, k - 6); p--) {
                            if (!blank(p) && structural(p)) {
                                break;
                            }
                            if (pageStart[p]) {
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

    /**
     * The report's title: its first text up to an empty line, a part or chapter mark, {@code はじめに} or a
     * sentence (a mark glued inside a line cuts it there).
     */
    String reportTitle() {
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

    Integer fiscalYear(String title) {
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

    // =================================================================== tokenising

    /** The headings and sentences found by the heading stage, before the award table (logical lines < end). */
    List<Event> tokenize(int end) {
        List<Event> out = new ArrayList<>();
        for (ReadingText.Token t : reading.tokens) {
            if (t.start() >= end) {
                break;
            }
            EventKind kind =
                    switch (t.kind()) {
                        case CHAPTER -> EventKind.CH;
                        case SECTION -> EventKind.SEC;
                        case SUBSECTION -> EventKind.SUB;
                        case ITEM -> EventKind.ITEM;
                        case SUBITEM -> EventKind.SUBITEM;
                        case TEXT -> EventKind.TEXT;
                    };
            out.add(new Event(kind, t.num(), t.text(), t.start(), t.end()));
        }
        return out;
    }

    // =================================================================== structure

}
