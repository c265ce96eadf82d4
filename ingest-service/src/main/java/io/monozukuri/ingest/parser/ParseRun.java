package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.heading.HeadingScanner;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One parse of one text: tokenising, structure recovery, output. Not thread safe, used once. */
final class ParseRun {

    static final int MAX_HEADING = 300;
    private static final boolean DEBUG = Boolean.getBoolean("parser.debug");

    enum T {
        CH,
        SEC,
        SUB,
        ITEM,
        SUBITEM,
        TEXT
    }

    static final class Ev {
        final T t;
        final int num;
        final String text;
        final int start;
        int end;
        HeadingParser.Parsed parsed; // parsed once, on first use

        Ev(T t, int num, String text, int start, int end) {
            this.t = t;
            this.num = num;
            this.text = text;
            this.start = start;
            this.end = end;
        }

        boolean heading() {
            return t == T.CH || t == T.SEC || t == T.SUB;
        }
    }

    static final class Chap {
        final int num;
        String title;
        final List<Sec> secs = new ArrayList<>();

        Chap(int num, String title) {
            this.num = num;
            this.title = title;
        }
    }

    static final class Sec {
        final Chap ch;
        final int num;
        final String title;
        final TreeSet<Integer> used = new TreeSet<>();
        int[] bigrams;

        Sec(Chap ch, int num, String title) {
            this.ch = ch;
            this.num = num;
            this.title = title;
        }

        int order() {
            return ch.num * 1000 + num;
        }
    }

    static final class Node {
        final MeasureKind kind;
        final int num;
        final Ev ev;
        final List<Integer> text = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        HeadingParser.Parsed parsed;
        Group group;
        Node parent;
        boolean inPlace; // a subsection heading printed before its own text

        Node(MeasureKind kind, int num, Ev ev) {
            this.kind = kind;
            this.num = num;
            this.ev = ev;
        }

        int lastChildNum() {
            return children.isEmpty() ? 0 : children.get(children.size() - 1).num;
        }
    }

    static final class Group {
        final List<Node> items = new ArrayList<>();
        final int firstLine;
        SubNode sub;
        Sec floor;
        Sec ceil;
        BigramSet bigrams;
        Map<Sec, Double> secOv; // overlap with section titles, for secOvFor (the bigrams they were computed on)
        BigramSet secOvFor;

        Group(int firstLine) {
            this.firstLine = firstLine;
        }

        int lastNum() {
            return items.isEmpty() ? 0 : items.get(items.size() - 1).num;
        }
    }

    static final class SubNode {
        Sec sec;
        int num;
        final Ev ev; // null when inferred
        Group group;
        final Node self;
        final boolean inferred;

        SubNode(Sec sec, int num, Ev ev, boolean inferred) {
            this.sec = sec;
            this.num = num;
            this.ev = ev;
            this.inferred = inferred;
            this.self = new Node(MeasureKind.SUBSECTION, num, ev);
        }
    }

    static final class Slot {
        final Ev ev;
        final List<Sec> cands;
        final int[] bigrams;

        Slot(Ev ev, List<Sec> cands, int[] bigrams) {
            this.ev = ev;
            this.cands = cands;
            this.bigrams = bigrams;
        }
    }

    static final class Para {
        final Node owner;
        final int index; // index into owner.text
        final boolean orphan;

        Para(Node owner, int index, boolean orphan) {
            this.owner = owner;
            this.index = index;
            this.orphan = orphan;
        }
    }

    /** A paragraph that starts mid-sentence and continues no open node yet: placed after the structure pass. */
    static final class Frag {
        final List<Integer> lines = new ArrayList<>();
        final boolean sure; // certainly the end of a sentence (an open quote elsewhere, an open node rejected it)

        Frag(boolean sure) {
            this.sure = sure;
        }
    }

    private final String hash;
    private final MinistryRegistry registry;
    private final HeadingParser hp;
    private final String[] raw;
    private final String[] cl;
    private final boolean[] pageStart;
    private final boolean[] noise;
    private final int[] page;
    private final boolean hasPages;
    private final int lineCount;
    private final int typicalWidth;
    private final List<ParseWarning> warnings = new ArrayList<>();

    // structure state
    private final List<Chap> chapters = new ArrayList<>();
    private final List<Sec> allSecs = new ArrayList<>();
    private final List<SubNode> subs = new ArrayList<>();
    private Chap curChap;
    private Sec s0;
    private final List<Sec> pending = new ArrayList<>();
    private List<Group> winGroups = new ArrayList<>();
    private List<Group> prevWinGroups = new ArrayList<>();
    private final List<Group> bound = new ArrayList<>();
    private List<Para> winParas = new ArrayList<>();
    private Sec curFloor;
    private final List<SubNode> leadingSlots = new ArrayList<>();
    private Group curGroup;
    private Node curItem;
    private Node curNode;
    private boolean lastWasHeading;
    private final Map<SubNode, HeadingParser.Parsed> subParsed = new LinkedHashMap<>();
    private final List<Node> allNodes = new ArrayList<>();
    private final List<Frag> frags = new ArrayList<>();
    private Frag openFrag;
    private boolean[] pendingFrag; // lines of frags not placed yet (null until the first one)

    private final SourceLines src;
    private final ReadingText reading;
    private final int[] srcFirst;
    private final int[] srcLast;
    private final boolean[] paraHint;

    ParseRun(String norm, String hash, MinistryRegistry registry) {
        this.hash = hash;
        this.registry = registry;
        this.hp = new HeadingParser(registry);
        this.src = SourceLines.of(norm);
        this.reading = HeadingScanner.scan(src, Pieces.of(src));
        int n = reading.size();
        this.lineCount = n;
        raw = reading.text.toArray(new String[0]);
        cl = raw;
        pageStart = new boolean[n];
        noise = new boolean[n];
        page = new int[n];
        srcFirst = new int[n];
        srcLast = new int[n];
        paraHint = new boolean[n];
        for (int i = 0; i < n; i++) {
            pageStart[i] = reading.pageStart.get(i);
            paraHint[i] = reading.paragraph.get(i);
            srcFirst[i] = reading.source.get(i)[0];
            srcLast[i] = reading.source.get(i)[1];
            page[i] = src.count == 0 ? 1 : src.page[Math.min(src.count - 1, srcFirst[i])];
        }
        hasPages = src.hasPages;
        typicalWidth = 48;
    }

    /** 0-based source line of a logical line (its first source line). */
    int sourceLine(int line0) {
        if (line0 < 0 || srcFirst.length == 0) {
            return -1;
        }
        return srcFirst[Math.min(line0, srcFirst.length - 1)];
    }

    /** The source reference of logical lines start..end. */
    SourceRef sourceRef(int start, int end) {
        int a = sourceLine(start);
        int b = end < 0 || srcLast.length == 0 ? a : srcLast[Math.min(end, srcLast.length - 1)];
        return new SourceRef(a + 1, Math.max(a, b) + 1, src.pageOf(a));
    }

    private static boolean isNoise(String c) {
        if (c.isEmpty()) {
            return false;
        }
        if (c.equals("第") || c.equals("節") || c.equals("章") || c.equals("部")) {
            return true;
        }
        if (c.length() <= 2 && c.chars().allMatch(Character::isDigit)) {
            return true;
        }
        // furigana printed on its own line: hiragana separated by spaces
        if (c.length() <= 16 && c.indexOf(' ') > 0) {
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (ch != ' ' && !TextNorm.isHiragana(ch)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private String[] sqc;

    /** The cleaned line without its spaces ({@link TextNorm#squeeze}), computed once per line. */
    private String sq(int i) {
        if (sqc == null) {
            sqc = new String[lineCount];
        }
        String v = sqc[i];
        if (v == null) {
            v = TextNorm.squeeze(cl[i]);
            sqc[i] = v;
        }
        return v;
    }

    private boolean blank(int i) {
        return cl[i].isEmpty() || noise[i];
    }

    private Integer pageOf(int line0) {
        if (!hasPages || line0 < 0 || line0 >= lineCount) {
            return null;
        }
        return page[line0];
    }

    void warn(int line0, String code, String msg) {
        warnings.add(new ParseWarning(line0 < 0 ? 0 : sourceLine(line0) + 1, code, msg));
    }

    // =================================================================== run

    ParseResult run() {
        int awardStart = findAwardStart();
        List<Ev> evs = tokenize(awardStart < 0 ? lineCount : awardStart);
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
        for (Chap c : chapters) {
            List<ParsedSection> ss = new ArrayList<>();
            c.secs.sort(Comparator.comparingInt(s -> s.num));
            for (Sec s : c.secs) {
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

    private int findAwardStart() {
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
    private String reportTitle() {
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

    private static int titleStop(String c) {
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

    private Integer fiscalYear(String title) {
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

    private static Integer era(String s, String era, int base) {
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

    static int chapterNum(String c) {
        // 第 N 章
        if (!c.startsWith("第") || !c.endsWith("章")) {
            return -1;
        }
        String mid = c.substring(1, c.length() - 1).replace(" ", "");
        if (mid.isEmpty() || mid.length() > 2 || !mid.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(mid);
    }

    /** 第N節 title: returns {num, titleStart} or null. */
    static int[] section(String c) {
        if (!c.startsWith("第")) {
            return null;
        }
        int i = HeadingParser.skipSpaces(c, 1);
        int st = i;
        while (i < c.length() && Character.isDigit(c.charAt(i)) && i - st < 2) {
            i++;
        }
        if (i == st) {
            return null;
        }
        int num = Integer.parseInt(c.substring(st, i));
        i = HeadingParser.skipSpaces(c, i);
        if (i >= c.length() || c.charAt(i) != '節') {
            return null;
        }
        i = HeadingParser.skipSpaces(c, i + 1);
        if (i >= c.length()) {
            return null;
        }
        return new int[] {num, i};
    }

    /** （N）: returns {num, restStart} or null. */
    static int[] item(String c) {
        if (c.isEmpty() || c.charAt(0) != '（') {
            return null;
        }
        int i = HeadingParser.skipSpaces(c, 1);
        int st = i;
        while (i < c.length() && Character.isDigit(c.charAt(i)) && i - st < 2) {
            i++;
        }
        if (i == st) {
            return null;
        }
        int num = Integer.parseInt(c.substring(st, i));
        i = HeadingParser.skipSpaces(c, i);
        if (i >= c.length() || c.charAt(i) != '）' || num == 0) {
            return null;
        }
        return new int[] {num, HeadingParser.skipSpaces(c, i + 1)};
    }

    static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        if (c >= '\u32B1' && c <= '\u32BF') {
            return c - '\u32B1' + 36;
        }
        return -1;
    }

    static String circledChar(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) ('\u2460' + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) ('\u3251' + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) ('\u32B1' + n - 36));
        }
        return "(" + n + ")";
    }

    private boolean structural(int i) {
        String c = cl[i];
        return chapterNum(c) > 0 || section(c) != null || item(c) != null || (!c.isEmpty() && circled(c.charAt(0)) > 0);
    }

    private int nextContent(int i, int maxBlank) {
        int k = i + 1;
        int blanks = 0;
        while (k < lineCount && blank(k)) {
            if (!noise[k]) {
                blanks++;
            }
            if (blanks > maxBlank) {
                return -1;
            }
            k++;
        }
        return k < lineCount ? k : -1;
    }

    /** The headings and sentences found by the heading stage, before the award table (logical lines < end). */
    List<Ev> tokenize(int end) {
        List<Ev> out = new ArrayList<>();
        for (ReadingText.Token t : reading.tokens) {
            if (t.start() >= end) {
                break;
            }
            T kind =
                    switch (t.kind()) {
                        case CHAPTER -> T.CH;
                        case SECTION -> T.SEC;
                        case SUBSECTION -> T.SUB;
                        case ITEM -> T.ITEM;
                        case SUBITEM -> T.SUBITEM;
                        case TEXT -> T.TEXT;
                    };
            out.add(new Ev(kind, t.num(), t.text(), t.start(), t.end()));
        }
        return out;
    }

    // =================================================================== structure

    private int[] nextItemNum;

    void structure(List<Ev> evs) {
        this.events = evs;
        nextItemNum = new int[evs.size()];
        int nxt = -1;
        for (int k = evs.size() - 1; k >= 0; k--) {
            nextItemNum[k] = nxt;
            if (evs.get(k).t == T.ITEM) {
                nxt = evs.get(k).num;
            }
        }
        List<Ev> block = new ArrayList<>();
        Ev beforeBlock = null;
        Ev prev = null;
        for (int k = 0; k < evs.size(); k++) {
            Ev ev = evs.get(k);
            if (ev.heading()) {
                if (block.isEmpty()) {
                    beforeBlock = prev;
                }
                block.add(ev);
                prev = ev;
                continue;
            }
            if (!block.isEmpty()) {
                flushBlock(block, beforeBlock, ev);
                block = new ArrayList<>();
            }
            switch (ev.t) {
                case ITEM -> onItem(ev, k);
                case SUBITEM -> onSubitem(ev);
                default -> onText(ev);
            }
            prev = ev;
        }
        if (!block.isEmpty()) {
            flushBlock(block, beforeBlock, null);
        }
        closeWindow(List.of());
        for (SubNode sn : leadingSlots) {
            warn(sn.ev.start, "SUBSECTION_EMPTY", "subsection heading without items or text: " + sn.ev.text);
        }
        placeFrags();
        claimParagraphs();
    }

    private static final int FRAG_RANGE = 400;

    /**
     * Paragraphs that start mid-sentence and could continue no open node when read: the sentence they end is
     * printed later (the other column of the page) or in a node not yet open. Each goes to the node, within a few
     * pages, whose text is still left open and can go on with it (best join first); when none can, it stays where
     * it was read and BODY_PLACEMENT_UNCERTAIN is reported.
     */
    private void placeFrags() {
        if (frags.isEmpty()) {
            return;
        }
        List<Node> all = new ArrayList<>(allNodes);
        for (SubNode sn : subs) {
            all.add(sn.self);
        }
        // who holds each pending line now (paragraphs may have moved to item-less subsections)
        Map<Integer, Node> holder = new java.util.HashMap<>();
        List<Node> open = new ArrayList<>();
        for (Node n : all) {
            for (int l : n.text) {
                if (pendingFrag[l]) {
                    holder.put(l, n);
                }
            }
            if (dangling(n)) {
                open.add(n);
            }
        }
        open.sort(Comparator.comparingInt(this::lastLine));
        int[] lastLines = new int[open.size()];
        for (int k = 0; k < open.size(); k++) {
            lastLines[k] = lastLine(open.get(k));
        }
        boolean[] taken = new boolean[open.size()];
        for (Frag f : frags) {
            int line = f.lines.get(0);
            Node owner = holder.get(line);
            int from = lowerBound(lastLines, line - FRAG_RANGE);
            int target = -1;
            int bestScore = -1;
            int bestDist = Integer.MAX_VALUE;
            int near = lowerBound(lastLines, line);
            List<Integer> cands = new ArrayList<>();
            for (int k = Math.max(from, near - 8);
                    k < open.size() && k < near + 8 && lastLines[k] <= line + FRAG_RANGE;
                    k++) {
                Node n = open.get(k);
                if (!taken[k] && n != owner && canContinue(n, line)) {
                    cands.add(k);
                }
            }
            for (int k : cands) {
                Node n = open.get(k);
                int sc = cands.size() == 1 ? 0 : junction(n, line);
                int dist = Math.abs(lastLines[k] - line);
                if (sc > bestScore || (sc == bestScore && dist < bestDist)) {
                    bestScore = sc;
                    bestDist = dist;
                    target = k;
                }
            }
            for (int l : f.lines) {
                pendingFrag[l] = false;
            }
            if (target >= 0 && owner != null) {
                taken[target] = true;
                owner.text.removeAll(f.lines);
                open.get(target).text.addAll(f.lines);
            } else if (f.sure) {
                warn(
                        line,
                        "BODY_PLACEMENT_UNCERTAIN",
                        "paragraph starting mid-sentence continues no open sentence: " + "kept where it was read");
            }
        }
    }

    private static int lowerBound(int[] a, int v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (a[m] < v) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    private static final int CLAIM_RANGE = 150;

    /**
     * A measure printed without any text of its own (no children, not re-listed) whose body was read into a
     * neighbour: a later paragraph of another node, near its heading, whose words match this measure's title and
     * section clearly better than its owner's, is moved to it.
     */
    private void claimParagraphs() {
        List<Node> empty = new ArrayList<>();
        for (Node e : allNodes) {
            if (e.text.isEmpty() && e.children.isEmpty() && e.parsed != null && e.parsed.reposted() == null) {
                empty.add(e);
            }
        }
        if (empty.isEmpty()) {
            return;
        }
        // lines near the heading of an empty measure (difference array: linear in lines + measures)
        int[] diff = new int[lineCount + 1];
        for (Node e : empty) {
            diff[Math.max(0, e.ev.start - CLAIM_RANGE)]++;
            diff[Math.min(lineCount, e.ev.end + CLAIM_RANGE + 1)]--;
        }
        boolean[] near = new boolean[lineCount];
        int run = 0;
        for (int l = 0; l < lineCount; l++) {
            run += diff[l];
            near[l] = run > 0;
        }
        // later paragraphs of every node (a node's first paragraph is its own), by line
        List<int[]> paras = new ArrayList<>(); // {line, node index, k, end}
        for (int ni = 0; ni < allNodes.size(); ni++) {
            List<Integer> t = allNodes.get(ni).text;
            for (int k = 1; k < t.size(); k++) {
                if (!near[t.get(k)] || !sentenceBreak(t.get(k - 1), t.get(k))) {
                    continue;
                }
                int end = k + 1;
                while (end < t.size() && !paraBreak(t.get(end - 1), t.get(end))) {
                    end++;
                }
                paras.add(new int[] {t.get(k), ni, k, end});
            }
        }
        if (paras.isEmpty()) {
            return;
        }
        paras.sort(Comparator.comparingInt(x -> x[0]));
        int[] starts = new int[paras.size()];
        for (int q = 0; q < starts.length; q++) {
            starts[q] = paras.get(q)[0];
        }
        Map<Integer, int[]> paraBigrams = new java.util.HashMap<>();
        Map<Node, int[]> ownerBigrams = new java.util.HashMap<>();
        boolean[] usedPara = new boolean[paras.size()];
        Set<Node> touched = new HashSet<>();
        for (Node e : empty) {
            int[] eb = null;
            int best = -1;
            double bestGain = 0;
            int from = lowerBound(starts, e.ev.start - CLAIM_RANGE);
            for (int q = from; q < paras.size() && q < from + 64 && starts[q] <= e.ev.end + CLAIM_RANGE; q++) {
                int[] pa = paras.get(q);
                Node o = allNodes.get(pa[1]);
                if (usedPara[q] || o == e || o.text.get(pa[2]) < 0) {
                    continue; // its first sentence was taken by an overlapping claim
                }
                if (eb == null) {
                    eb = bigrams(e.parsed.title() + " " + secTitle(e), 400);
                }
                int[] pb = paraBigrams.computeIfAbsent(q, x -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = pa[2]; i < pa[3] && b.length() < 200; i++) {
                        if (o.text.get(i) >= 0) {
                            b.append(cl[o.text.get(i)]);
                        }
                    }
                    return bigrams(b.toString(), 200);
                });
                int[] ob = ownerBigrams.computeIfAbsent(
                        o, x -> bigrams(x.parsed == null ? "" : x.parsed.title() + " " + secTitle(x), 400));
                double se = overlap(pb, eb);
                double gain = se - 2 * overlap(pb, ob);
                if (se >= 8 && gain >= 4 && gain > bestGain) {
                    bestGain = gain;
                    best = q;
                }
            }
            if (best >= 0) {
                usedPara[best] = true;
                int[] pa = paras.get(best);
                touched.add(allNodes.get(pa[1]));
                List<Integer> moved = allNodes.get(pa[1]).text.subList(pa[2], pa[3]);
                for (int l : moved) {
                    if (l >= 0) { // a sentence already moved by an overlapping claim stays with its first taker
                        e.text.add(l);
                    }
                }
                // the owner keeps its list positions (indices of its other paragraphs stay valid): lines are
                // dropped after all moves
                for (int i = pa[2]; i < pa[3]; i++) {
                    moved.set(i - pa[2], -1);
                }
            }
        }
        for (Node n : touched) {
            n.text.removeIf(l -> l < 0);
        }
    }

    private static String secTitle(Node n) {
        Group g = n.group;
        if (g == null || g.sub == null || g.sub.sec == null || g.sub.sec.title == null) {
            return "";
        }
        return g.sub.sec.title;
    }

    private void flushBlock(List<Ev> block, Ev before, Ev next) {
        int lastSub = -1;
        for (int k = 0; k < block.size(); k++) {
            if (block.get(k).t == T.SUB) {
                lastSub = k;
            }
        }
        List<Ev> trailing;
        List<Ev> leading;
        if (lastSub < 0) {
            trailing = List.of();
            leading = block;
        } else if (next != null && next.t == T.ITEM && next.num == 1 && lastSub < block.size() - 1) {
            trailing = block.subList(0, lastSub + 1);
            leading = block.subList(lastSub + 1, block.size());
        } else {
            trailing = block;
            leading = List.of();
        }
        if (!trailing.isEmpty()) {
            closeWindow(trailing);
        }
        if (!leading.isEmpty()) {
            List<Sec> made = createSections(leading);
            long secCount = leading.stream().filter(e -> e.t == T.SEC).count();
            if (lastSub < 0 && secCount == 1 && before != null && !before.heading() && made.size() == 1) {
                Sec f = made.get(0);
                for (Group g : winGroups) {
                    if (g.ceil == null) {
                        g.ceil = f;
                    }
                }
                curFloor = f;
            }
        }
        lastWasHeading = true;
        openFrag = null;
    }

    private Chap chapter(int num, String title) {
        for (Chap c : chapters) {
            if (c.num == num) {
                if (c.title == null) {
                    c.title = title;
                }
                return c;
            }
        }
        Chap c = new Chap(num, title);
        chapters.add(c);
        return c;
    }

    private List<Sec> createSections(List<Ev> evs) {
        Chap firstNewChap = null;
        int firstChIdx = -1;
        for (int k = 0; k < evs.size(); k++) {
            if (evs.get(k).t == T.CH) {
                Chap c = chapter(evs.get(k).num, evs.get(k).text);
                if (firstNewChap == null) {
                    firstNewChap = c;
                    firstChIdx = k;
                }
            }
        }
        List<Sec> made = new ArrayList<>();
        for (int k = 0; k < evs.size(); k++) {
            Ev e = evs.get(k);
            if (e.t != T.SEC) {
                continue;
            }
            Chap target;
            if (firstNewChap == null) {
                target = curChap != null ? curChap : chapter(0, null);
            } else if (k < firstChIdx && curChap != null && e.num == maxSec(curChap) + 1) {
                target = curChap;
            } else {
                target = firstNewChap;
            }
            Sec s = null;
            for (Sec x : target.secs) {
                if (x.num == e.num) {
                    s = x;
                }
            }
            if (s == null) {
                s = new Sec(target, e.num, e.text);
                target.secs.add(s);
                allSecs.add(s);
                pending.add(s);
            } else {
                warn(e.start, "DUPLICATE_HEADING", "section " + e.num + " printed twice");
            }
            made.add(s);
        }
        if (firstNewChap != null && (curChap == null || firstNewChap.num > curChap.num)) {
            curChap = firstNewChap;
        }
        if (curChap == null && !made.isEmpty()) {
            curChap = made.get(0).ch;
        }
        pending.sort(Comparator.comparingInt(Sec::order));
        return made;
    }

    private static int maxSec(Chap c) {
        int m = 0;
        for (Sec s : c.secs) {
            m = Math.max(m, s.num);
        }
        return m;
    }

    private Sec ensureSection() {
        if (s0 != null) {
            return s0;
        }
        if (!pending.isEmpty()) {
            return pending.get(0);
        }
        Chap c = curChap != null ? curChap : chapter(0, null);
        Sec s = new Sec(c, 0, null);
        c.secs.add(s);
        allSecs.add(s);
        return s;
    }

    // ----------------------------------------------------------------- items

    private List<Group> openCache;
    private int openCacheKey = -1;

    /** Groups an item or a continued sentence may join (cached until the groups change). */
    private List<Group> openGroups() {
        int key = groupsVersion;
        if (openCache != null && openCacheKey == key) {
            return openCache;
        }
        openCache = computeOpenGroups();
        openCacheKey = key;
        return openCache;
    }

    private int groupsVersion;

    private List<Group> computeOpenGroups() {
        List<Group> out = new ArrayList<>();
        int from = Math.max(0, prevWinGroups.size() - 8);
        out.addAll(prevWinGroups.subList(from, prevWinGroups.size()));
        out.addAll(bound.size() > 8 ? bound.subList(bound.size() - 8, bound.size()) : bound);
        int f2 = Math.max(0, winGroups.size() - 16);
        out.addAll(winGroups.subList(f2, winGroups.size()));
        out.sort(Comparator.comparingInt(g -> g.firstLine));
        return out;
    }

    private void onItem(Ev ev, int idx) {
        Node node = new Node(MeasureKind.ITEM, ev.num, ev);
        node.parsed = parseHeading(ev);
        Group g = null;
        if (ev.num != 1) {
            List<Group> cands = new ArrayList<>();
            for (Group x : openGroups()) {
                if (x.lastNum() == ev.num - 1) {
                    cands.add(x);
                }
            }
            if (cands.size() == 1) {
                g = cands.get(0);
            } else if (cands.size() > 1) {
                g = cands.get(cands.size() - 1);
                if (curNode != null && cands.contains(curNode.group)) {
                    g = curNode.group;
                }
            } else if (curGroup != null) {
                g = curGroup;
                warn(ev.start, "NUMBERING_GAP", "item (" + ev.num + ") follows (" + curGroup.lastNum() + ")");
            } else {
                warn(ev.start, "NUMBERING_GAP", "item (" + ev.num + ") without (1)");
            }
        }
        if (g == null) {
            g = new Group(ev.start);
            g.floor = curFloor;
            if (!leadingSlots.isEmpty()) {
                SubNode sn = leadingSlots.remove(0);
                sn.group = g;
                g.sub = sn;
                bound.add(g);
            } else {
                winGroups.add(g);
            }
            groupsVersion++;
        }
        g.items.add(node);
        node.group = g;
        allNodes.add(node);
        curGroup = g;
        curItem = node;
        curNode = node;
        openFrag = null;
        lastWasHeading = false;
    }

    private List<Ev> events;

    private void onSubitem(Ev ev) {
        Node node = new Node(MeasureKind.SUBITEM, ev.num, ev);
        node.parsed = parseHeading(ev);
        Node target = null;
        if (ev.num == 1 || curItem == null) {
            target = curItem;
            if (target != null && ev.num == 1 && !target.children.isEmpty()) {
                warn(ev.start, "NUMBERING_GAP", "sub-item ① restarts under the same item");
            }
        } else if (curItem.lastChildNum() == ev.num - 1) {
            target = curItem;
        } else {
            List<Group> og = openGroups();
            for (int k = og.size() - 1; k >= 0 && target == null; k--) {
                List<Node> its = og.get(k).items;
                for (int q = its.size() - 1; q >= Math.max(0, its.size() - 8); q--) {
                    if (its.get(q).lastChildNum() == ev.num - 1) {
                        target = its.get(q);
                        break;
                    }
                }
            }
            if (target == null) {
                // a circled number that continues no list: a sentence wrapped before "④…", not a heading
                warn(
                        ev.start,
                        "NUMBERING_GAP",
                        "sub-item " + circledChar(ev.num) + " continues no list (last "
                                + circledChar(curItem.lastChildNum()) + "): read as text");
                onText(new Ev(T.TEXT, 0, null, ev.start, ev.end));
                return;
            }
        }
        if (target == null) {
            warn(ev.start, "ORPHAN_SUBITEM", "sub-item outside any item, read as text");
            onText(new Ev(T.TEXT, 0, null, ev.start, ev.end));
            return;
        }
        target.children.add(node);
        node.group = target.group;
        node.parent = target;
        allNodes.add(node);
        curItem = target;
        curNode = node;
        openFrag = null;
        lastWasHeading = false;
    }

    /** Last line of n's own text, not counting paragraphs still waiting for their place; -1 when none. */
    private int lastLine(Node n) {
        for (int k = n.text.size() - 1; k >= 0; k--) {
            int l = n.text.get(k);
            if (pendingFrag == null || !pendingFrag[l]) {
                return l;
            }
        }
        return -1;
    }

    private boolean dangling(Node n) {
        int last = lastLine(n);
        if (last < 0) {
            return false;
        }
        String l = cl[last];
        if (l.isEmpty() || l.charAt(0) == '※') {
            return false;
        }
        char c = l.charAt(l.length() - 1);
        return c != '。' && c != '）';
    }

    private static int unclosed(String s, char open, char close) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == open) {
                d++;
            } else if (s.charAt(i) == close && d > 0) {
                d--;
            }
        }
        return d;
    }

    private static int unmatchedClosing(String s, char open, char close) {
        if (s.indexOf(close) < 0) {
            return 0;
        }
        int d = 0;
        int un = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == open) {
                d++;
            } else if (s.charAt(i) == close) {
                if (d > 0) {
                    d--;
                } else {
                    un++;
                }
            }
        }
        return un;
    }

    private boolean continuation(int line) {
        String c = cl[line];
        if (c.isEmpty()) {
            return false;
        }
        if ("をにはがのとでへもやたてしるれ".indexOf(c.charAt(0)) >= 0) {
            return true;
        }
        return unmatchedClosing(c, '「', '」') > 0;
    }

    private static final String PARTICLES = "をにがはのとでへもや";

    /**
     * The paragraph starting at {@code line} can go on with the open sentence of {@code n}: n's text is left open
     * (no final 。), the join is not two particles ("…を" cannot go on with "は…") and the quotes agree (an
     * unmatched 」 needs an open 「 and vice versa).
     */
    private boolean canContinue(Node n, int line) {
        int last = lastLine(n);
        if (last < 0) {
            return false;
        }
        String l = cl[last];
        if (l.isEmpty() || l.endsWith("。") || l.startsWith("※")) {
            return false;
        }
        String c = cl[line];
        if (PARTICLES.indexOf(l.charAt(l.length() - 1)) >= 0 && PARTICLES.indexOf(c.charAt(0)) >= 0) {
            return false;
        }
        int open = unclosed(tail(n), '「', '」');
        int closing = unmatchedClosing(c, '「', '」');
        return (open > 0) == (closing > 0);
    }

    private String tail(Node n) {
        StringBuilder tail = new StringBuilder();
        int taken = 0;
        for (int k = n.text.size() - 1; k >= 0 && taken < 6; k--) {
            int l = n.text.get(k);
            if (pendingFrag == null || !pendingFrag[l]) {
                tail.insert(0, cl[l]);
                taken++;
            }
        }
        return tail.toString();
    }

    /** The current node's text is left open (no final 。) and the quotes agree: the paragraph continues it. */
    private boolean fitsCurrent(int line) {
        return canContinue(curNode, line);
    }

    /**
     * A paragraph that continues a sentence left open elsewhere (two-column interleaving): among the open nodes
     * whose sentence it can continue, the one whose words across the join occur elsewhere in the document, then
     * the current node, then the latest. Null when none can take it.
     */
    private Node continuationTarget(int line) {
        List<Node> cands = new ArrayList<>();
        for (Group g : openGroups()) {
            for (Node it : g.items.subList(Math.max(0, g.items.size() - 4), g.items.size())) {
                if (dangling(it) && canContinue(it, line)) {
                    cands.add(it);
                }
                for (Node n : it.children.subList(Math.max(0, it.children.size() - 4), it.children.size())) {
                    if (dangling(n) && canContinue(n, line)) {
                        cands.add(n);
                    }
                }
            }
        }
        return bestJoin(cands, line);
    }

    private Node bestJoin(List<Node> cands, int line) {
        if (cands.isEmpty()) {
            return null;
        }
        if (cands.size() == 1) {
            return cands.get(0);
        }
        Node best = null;
        int bestScore = -1;
        int second = -1;
        for (Node n : cands) {
            int sc = junction(n, line) * 4 + (n == curNode ? 1 : 0);
            if (sc >= bestScore) {
                second = bestScore;
                bestScore = sc;
                best = n;
            } else {
                second = Math.max(second, sc);
            }
        }
        if (bestScore / 4 == second / 4 && bestScore / 4 < 3) {
            warn(
                    line,
                    "BODY_PLACEMENT_UNCERTAIN",
                    "paragraph continuing an open sentence: " + cands.size()
                            + " nodes could take it, none clearly better");
        }
        return best;
    }

    // ----------------------------------------------------------------- joins

    private static final int JOIN_LINES = 80;
    private long joinBudget = -1; // characters the join scans may still read: keeps the whole parse linear
    private final StringBuilder win = new StringBuilder();

    /**
     * How well the open sentence of n goes on with the paragraph at line: the length of the longest run of
     * characters across the join (the end of n's text, then the paragraph's first characters) that the document
     * prints elsewhere, within a few pages of either place. 0 when no run of 3 or more is found.
     */
    private int junction(Node n, int line) {
        if (joinBudget < 0) {
            joinBudget = 200_000L + 60L * lineCount * 2;
        }
        int last = lastLine(n);
        if (last < 0) {
            return 0;
        }
        String t = sq(last);
        if (t.isEmpty()) {
            return 0;
        }
        String tl = t.length() > 4 ? t.substring(t.length() - 4) : t;
        StringBuilder h = new StringBuilder();
        for (int k = line; k < lineCount && h.length() < 6; k++) {
            if (!blank(k)) {
                h.append(sq(k));
            }
        }
        if (h.length() == 0) {
            return 0;
        }
        String head = h.length() > 6 ? h.substring(0, 6) : h.toString();
        int a0 = Math.max(0, last - JOIN_LINES);
        int a1 = Math.min(lineCount, last + JOIN_LINES);
        int b0 = Math.max(0, line - JOIN_LINES);
        int b1 = Math.min(lineCount, line + JOIN_LINES);
        int best;
        if (a1 < b0 || b1 < a0) {
            best = Math.max(scan(tl, head, a0, a1, line), scan(tl, head, b0, b1, line));
        } else {
            best = scan(tl, head, Math.min(a0, b0), Math.max(a1, b1), line);
        }
        return best >= 3 ? best : 0;
    }

    /** Longest tail-suffix + head-prefix run printed in lines [from, to), not counting the paragraph's own place. */
    private int scan(String tl, String head, int from, int to, int line) {
        win.setLength(0);
        int own = -1;
        for (int k = from; k < to; k++) {
            if (k == line) {
                own = win.length();
            }
            if (!blank(k)) {
                win.append(sq(k));
            }
        }
        if (joinBudget < win.length()) {
            return 0;
        }
        joinBudget -= win.length();
        char endCh = tl.charAt(tl.length() - 1);
        char h0 = head.charAt(0);
        int best = 0;
        for (int p = 0, n = win.length() - 1; p < n; p++) {
            if (win.charAt(p) != endCh || win.charAt(p + 1) != h0 || p + 1 == own) {
                continue;
            }
            int b = 1;
            while (b < head.length() && p + 1 + b < win.length() && win.charAt(p + 1 + b) == head.charAt(b)) {
                b++;
            }
            int a = 1;
            while (a < tl.length() && p - a >= 0 && win.charAt(p - a) == tl.charAt(tl.length() - 1 - a)) {
                a++;
            }
            best = Math.max(best, a + b);
        }
        return best;
    }

    /** The paragraph at line opens with a sentence end of a few characters ("構築した。"): the tail of a sentence. */
    private boolean shortSentenceTail(int line) {
        int n = 0;
        for (int k = line; k < lineCount && k < line + 2; k++) {
            if (k > line && (blank(k) || pageStart[k] || structural(k))) {
                return false;
            }
            String c = cl[k];
            if (c.startsWith("※")) {
                return false;
            }
            for (int i = 0; i < c.length(); i++) {
                char ch = c.charAt(i);
                if (ch == '。') {
                    return n > 0 && n <= 10;
                }
                if (ch != ' ') {
                    n++;
                }
                if (n > 10) {
                    return false;
                }
            }
        }
        return false;
    }

    private void onText(Ev ev) {
        for (int line = ev.start; line <= ev.end; line++) {
            if (blank(line)) {
                continue;
            }
            if (lastWasHeading && !leadingSlots.isEmpty()) {
                // heading printed in place before its own text: a subsection without items
                SubNode sn = leadingSlots.remove(0);
                sn.self.inPlace = true;
                curNode = sn.self;
                curItem = null;
                curGroup = null;
                openFrag = null;
            }
            if (curNode == null) {
                continue; // preamble
            }
            boolean paraStart =
                    curNode.text.isEmpty() || lastWasHeading || line == 0 || blank(line - 1) || pageStart[line];
            if (!paraStart && openFrag != null) {
                openFrag.lines.add(line);
                pendingFrag[line] = true;
            } else {
                openFrag = null;
            }
            if (paraStart) {
                boolean cont = continuation(line);
                // where the reading flow resumes (page start, after a heading block), a paragraph opening with a
                // few characters and 。 ends a sentence cut elsewhere
                boolean sentenceTail = !cont
                        && (pageStart[line] || lastWasHeading)
                        && !curNode.text.isEmpty()
                        && !dangling(curNode)
                        && shortSentenceTail(line);
                if ((cont || sentenceTail) && !fitsCurrent(line)) {
                    Node target = continuationTarget(line);
                    if (target != null && target != curNode) {
                        // the reading flow moves to the other column
                        curNode = target;
                        curItem = target.parent != null ? target.parent : target;
                        curGroup = target.group;
                    } else if (target == null && cont) {
                        // its sentence starts later (or in a node not open yet): read here for now, placed after
                        // the structure pass
                        if (pendingFrag == null) {
                            pendingFrag = new boolean[lineCount];
                        }
                        openFrag = new Frag(dangling(curNode) || unmatchedClosing(cl[line], '「', '」') > 0);
                        openFrag.lines.add(line);
                        pendingFrag[line] = true;
                        frags.add(openFrag);
                    }
                }
            }
            List<Integer> t = curNode.text;
            boolean newPara = t.isEmpty() || lastWasHeading || sentenceBreak(t.get(t.size() - 1), line);
            t.add(line);
            if (!curNode.inPlace && newPara && (lastWasHeading || t.size() > 1)) {
                winParas.add(new Para(curNode, t.size() - 1, lastWasHeading));
            }
            lastWasHeading = false;
        }
    }

    /**
     * A new sentence starts the paragraph at line (the previous one ended with 。): where the structure rules may
     * cut a node's text, whatever the layout. Printed paragraphs ({@link #paraBreak}) only shape descriptions.
     */
    boolean sentenceBreak(int prevLine, int line) {
        String p = cl[prevLine];
        return line != prevLine && !p.isEmpty() && p.charAt(p.length() - 1) == '。';
    }

    /** A printed paragraph break between two lines of a node's text (layout hints: indent, empty line, gap). */
    boolean paraBreak(int prevLine, int line) {
        String p = cl[prevLine];
        if (p.isEmpty() || p.charAt(p.length() - 1) != '。') {
            return false;
        }
        if (paraHint[line]) {
            return true;
        }
        for (int k = prevLine + 1; k < line; k++) {
            if (!cl[k].isEmpty()) {
                return true;
            }
        }
        return srcFirst[line] > srcLast[prevLine] + 1;
    }

    private HeadingParser.Parsed parseHeading(Ev ev) {
        HeadingParser.Parsed p = parsedOf(ev);
        for (String w : p.warnings()) {
            warn(ev.start, "BUDGET_MISPRINT", w);
        }
        for (String u : p.unknownMinistries()) {
            warn(ev.start, "UNKNOWN_MINISTRY", "unknown ministry '" + u + "' in ministries clause");
        }
        return p;
    }

    // ----------------------------------------------------------------- windows

    /** Sorted distinct character bigrams of the meaningful characters (no hiragana-only pairs, no punctuation). */
    private static int[] bigrams(String s, int max) {
        String t = TextNorm.squeeze(s);
        int n = Math.min(t.length(), max);
        int[] out = new int[Math.max(0, n - 1)];
        int k = 0;
        for (int i = 0; i + 1 < n; i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (!useful(a) || !useful(b) || (TextNorm.isHiragana(a) && TextNorm.isHiragana(b))) {
                continue;
            }
            out[k++] = (a << 16) | b;
        }
        Arrays.sort(out, 0, k);
        int u = 0;
        for (int i = 0; i < k; i++) {
            if (u == 0 || out[u - 1] != out[i]) {
                out[u++] = out[i];
            }
        }
        return Arrays.copyOf(out, u);
    }

    private static boolean useful(char c) {
        return TextNorm.isKanjiOrKana(c) || Character.isLetterOrDigit(c);
    }

    private static double overlap(int[] a, int[] b) {
        if (a == null || b == null) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Distinct bigrams in an open-addressing hash set: built in linear time, no sort. */
    static final class BigramSet {
        private final int[] table;
        private final int mask;
        private final int shift;

        BigramSet(int capacity) {
            int n = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
            table = new int[n];
            mask = n - 1;
            shift = 32 - Integer.numberOfTrailingZeros(n);
        }

        void add(int v) {
            int h = (v * 0x9E3779B9) >>> shift; // Fibonacci hashing: the top bits of the product
            while (table[h] != 0) {
                if (table[h] == v) {
                    return;
                }
                h = (h + 1) & mask;
            }
            table[h] = v;
        }

        boolean contains(int v) {
            int h = (v * 0x9E3779B9) >>> shift;
            while (table[h] != 0) {
                if (table[h] == v) {
                    return true;
                }
                h = (h + 1) & mask;
            }
            return false;
        }

        /** Size of the intersection with distinct values. */
        int overlap(int[] distinct) {
            if (distinct == null) {
                return 0;
            }
            int n = 0;
            for (int v : distinct) {
                if (contains(v)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** The set of {@link #bigrams} (same pairs), without sorting. */
    private static BigramSet bigramSet(String s, int max) {
        String t = TextNorm.squeeze(s);
        int n = Math.min(t.length(), max);
        BigramSet out = new BigramSet(n);
        for (int i = 0; i + 1 < n; i++) {
            char a = t.charAt(i);
            char b = t.charAt(i + 1);
            if (!useful(a) || !useful(b) || (TextNorm.isHiragana(a) && TextNorm.isHiragana(b))) {
                continue;
            }
            out.add((a << 16) | b);
        }
        return out;
    }

    private final StringBuilder groupText = new StringBuilder();

    private BigramSet groupBigrams(Group g) {
        StringBuilder b = groupText;
        b.setLength(0);
        for (Node it : g.items) {
            b.append(it.parsed.title()).append(' ');
            appendText(b, it, 80);
            for (Node c : it.children) {
                b.append(c.parsed.title()).append(' ');
                appendText(b, c, 40);
            }
            if (b.length() > 800) {
                break;
            }
        }
        return bigramSet(b.toString(), 800);
    }

    /** The first words of a node's text: about max characters (a sentence can be long: it is cut). */
    private void appendText(StringBuilder b, Node n, int max) {
        int start = b.length();
        for (int line : n.text) {
            b.append(cl[line]);
            if (b.length() - start > max) {
                b.setLength(start + max + TEXT_SLACK);
                break;
            }
        }
        b.append(' ');
    }

    /** What a printed line of the report (about 24 characters) added beyond max when words were counted by line. */
    private static final int TEXT_SLACK = 12;

    /** Overlap of a group's words with a section title, computed once per group and section. */
    private double secOverlap(Group g, Sec sec) {
        if (g.secOv == null || g.secOvFor != g.bigrams) {
            g.secOv = new java.util.HashMap<>();
            g.secOvFor = g.bigrams;
        }
        Double v = g.secOv.get(sec);
        if (v == null) {
            v = (double) (g.bigrams == null ? 0 : g.bigrams.overlap(secBigrams(sec)));
            g.secOv.put(sec, v);
        }
        return v;
    }

    private int[] secBigrams(Sec s) {
        if (s.bigrams == null) {
            s.bigrams = bigrams(s.title == null ? "" : s.title, 200);
        }
        return s.bigrams;
    }

    private void closeWindow(List<Ev> block) {
        List<Sec> made = createSections(block);
        List<Ev> secEvs = new ArrayList<>();
        for (Ev e : block) {
            if (e.t == T.SEC) {
                secEvs.add(e);
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (Ev e : block) {
            if (e.t != T.SUB) {
                continue;
            }
            List<Sec> cands = new ArrayList<>();
            if (s0 != null && !s0.used.contains(e.num) && (s0.used.isEmpty() || e.num > s0.used.last())) {
                cands.add(s0);
            }
            for (Sec p : pending) {
                int mi = made.indexOf(p);
                if (mi >= 0 && mi < secEvs.size() && secEvs.get(mi).start > e.start) {
                    continue; // stacked headings keep their order: a later section cannot own this subsection
                }
                if (p != s0 && !p.used.contains(e.num)) {
                    cands.add(p);
                }
            }
            if (cands.isEmpty()) {
                cands.add(ensureSection());
            }
            slots.add(new Slot(e, cands, bigrams(subTitle(e), 200)));
        }
        List<Group> groups = winGroups;
        boolean noParas = winParas.isEmpty();
        if (groups.isEmpty() && noParas && !slots.isEmpty()) {
            // heading block printed before its items: bind to the next groups
            for (Slot s : slots) {
                Sec sec = s.cands.get(0);
                SubNode sn = newSub(sec, s.ev.num, s.ev, false);
                leadingSlots.add(sn);
            }
            resetWindow();
            return;
        }
        if (!slots.isEmpty()) {
            for (Group g : groups) {
                g.bigrams = groupBigrams(g);
            }
        }
        Choice[] best = match(groups, slots);
        if (DEBUG) {
            StringBuilder d =
                    new StringBuilder("closeWindow at " + (block.isEmpty() ? -1 : sourceLine(block.get(0).start) + 1));
            for (int gi = 0; gi < groups.size(); gi++) {
                Group g = groups.get(gi);
                d.append("\n  group@")
                        .append(sourceLine(g.firstLine) + 1)
                        .append(" ceil=")
                        .append(g.ceil == null ? null : g.ceil.order())
                        .append(" floor=")
                        .append(g.floor == null ? null : g.floor.order())
                        .append(" -> ")
                        .append(
                                best[gi] == null
                                        ? null
                                        : best[gi].slot + "/" + (best[gi].sec == null ? null : best[gi].sec.order()));
            }
            System.err.println(d);
        }
        boolean[] slotUsed = new boolean[slots.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            Choice c = best[gi];
            Group g = groups.get(gi);
            SubNode sn;
            if (c != null && c.slot >= 0) {
                slotUsed[c.slot] = true;
                sn = newSub(c.sec, slots.get(c.slot).ev.num, slots.get(c.slot).ev, false);
            } else {
                Sec sec = c != null && c.sec != null ? c.sec : ensureSection();
                int num = sec.used.isEmpty() ? 1 : sec.used.last() + 1;
                sn = newSub(sec, num, null, true);
                warn(
                        g.firstLine,
                        "SUBSECTION_INFERRED",
                        "numbering restarts at (1) without a subsection heading: read as subsection " + sec.ch.num + "-"
                                + sec.num + "-" + num);
            }
            sn.group = g;
            g.sub = sn;
        }
        List<SubNode> itemless = new ArrayList<>();
        Sec prevSec = null;
        int prevNum = -1;
        for (int si = 0; si < slots.size(); si++) {
            Slot s = slots.get(si);
            if (slotUsed[si]) {
                for (Group g : groups) {
                    if (g.sub != null && g.sub.ev == s.ev) {
                        prevSec = g.sub.sec;
                        prevNum = s.ev.num;
                    }
                }
                continue;
            }
            Sec sec = null;
            if (prevSec != null
                    && s.ev.num == prevNum + 1
                    && s.cands.contains(prevSec)
                    && !prevSec.used.contains(s.ev.num)) {
                sec = prevSec;
            }
            for (Sec c : s.cands) {
                if (sec == null && !c.used.contains(s.ev.num)) {
                    sec = c;
                    break;
                }
            }
            prevSec = sec;
            prevNum = s.ev.num;
            if (sec == null) {
                sec = s.cands.get(0);
                warn(s.ev.start, "DUPLICATE_HEADING", "subsection " + s.ev.num + " printed twice in one section");
            }
            itemless.add(newSub(sec, s.ev.num, s.ev, false));
        }
        if (!itemless.isEmpty()) {
            itemless.sort(Comparator.comparingInt((SubNode x) -> x.sec.order()).thenComparingInt(x -> x.num));
            assignParagraphs(itemless);
        }
        // current section: the latest in logical order holding a subsection
        for (Sec s : allSecs) {
            if (!s.used.isEmpty() && (s0 == null || s.order() > s0.order())) {
                s0 = s;
            }
        }
        pending.removeIf(p -> !p.used.isEmpty() || (s0 != null && p.order() < s0.order()));
        resetWindow();
    }

    private void resetWindow() {
        groupsVersion++;
        prevWinGroups = new ArrayList<>(winGroups);
        prevWinGroups.addAll(bound);
        bound.clear();
        winGroups = new ArrayList<>();
        winParas = new ArrayList<>();
        curFloor = null;
    }

    private String subTitle(Ev e) {
        return parsedOf(e).title();
    }

    private HeadingParser.Parsed parsedOf(Ev e) {
        if (e.parsed == null) {
            e.parsed = hp.parse(e.text.length() > MAX_HEADING ? e.text.substring(0, MAX_HEADING) : e.text);
        }
        return e.parsed;
    }

    private SubNode newSub(Sec sec, int num, Ev ev, boolean inferred) {
        SubNode sn = new SubNode(sec, num, ev, inferred);
        sec.used.add(num);
        subs.add(sn);
        if (ev != null) {
            sn.self.parsed = parseHeading(ev);
            subParsed.put(sn, sn.self.parsed);
        }
        return sn;
    }

    private static final class Choice {
        final int slot;
        final Sec sec;

        Choice(int slot, Sec sec) {
            this.slot = slot;
            this.sec = sec;
        }
    }

    private double bestScore;
    private Choice[] bestPath;

    private double[][][] simTable;
    private double[] bestRest;

    private Choice[] match(List<Group> groups, List<Slot> slots) {
        int n = groups.size();
        Choice[] path = new Choice[n];
        bestScore = Double.NEGATIVE_INFINITY;
        bestPath = new Choice[n];
        if (n == 0) {
            return bestPath;
        }
        if (n <= 7 && slots.size() <= 7) {
            simTable = new double[n][slots.size()][];
            double[] maxG = new double[n];
            for (int gi = 0; gi < n; gi++) {
                // an upper bound of what an inferred subsection can score: it takes a pending section, the group's
                // floor, the current section or a section of a slot (not every section of the document)
                double secMax = 0;
                Group g = groups.get(gi);
                for (Sec p : pending) {
                    secMax = Math.max(secMax, secOverlap(g, p));
                }
                for (Sec p : new Sec[] {s0, g.floor}) {
                    if (p != null) {
                        secMax = Math.max(secMax, secOverlap(g, p));
                    }
                }
                for (Slot sl : slots) {
                    for (Sec p : sl.cands) {
                        secMax = Math.max(secMax, secOverlap(g, p));
                    }
                }
                maxG[gi] = -0.9 + 0.5 * secMax;
                for (int si = 0; si < slots.size(); si++) {
                    Slot sl = slots.get(si);
                    simTable[gi][si] = new double[sl.cands.size()];
                    for (int c = 0; c < sl.cands.size(); c++) {
                        double v = sim(groups.get(gi), sl, sl.cands.get(c));
                        simTable[gi][si][c] = v;
                        maxG[gi] = Math.max(maxG[gi], v + 2.1);
                    }
                }
            }
            bestRest = new double[n + 1];
            for (int gi = n - 1; gi >= 0; gi--) {
                bestRest[gi] = bestRest[gi + 1] + maxG[gi];
            }
            dfs(groups, slots, 0, path, new boolean[slots.size()], new HashSet<>(), -1, null, 0);
        } else {
            greedy(groups, slots, path);
        }
        return bestPath;
    }

    private double sim(Group g, Slot s, Sec sec) {
        double v = (g.bigrams == null ? 0 : g.bigrams.overlap(s.bigrams)) + 0.5 * secOverlap(g, sec);
        if (g.floor != null && sec.order() < g.floor.order()) {
            v -= 8;
        }
        if (g.ceil != null && sec.order() >= g.ceil.order()) {
            v -= 8;
        }
        return v;
    }

    private Sec inferredSec(List<Slot> slots, Sec prevSec, Group g, boolean[] usedSlots) {
        Sec base = prevSec != null ? prevSec : (s0 != null ? s0 : null);
        for (Sec p : pending) {
            if (base != null && p.order() <= base.order()) {
                continue;
            }
            if (g.ceil != null && p.order() >= g.ceil.order()) {
                continue;
            }
            boolean hasSlot = false;
            for (int si = 0; si < slots.size(); si++) {
                if ((usedSlots == null || !usedSlots[si]) && slots.get(si).cands.contains(p)) {
                    hasSlot = true;
                }
            }
            if (!hasSlot && base != null) {
                return p;
            }
        }
        if (g.floor != null && (base == null || base.order() < g.floor.order())) {
            return g.floor;
        }
        return base != null ? base : (pending.isEmpty() ? null : pending.get(0));
    }

    private void dfs(
            List<Group> groups,
            List<Slot> slots,
            int gi,
            Choice[] path,
            boolean[] used,
            Set<Long> pairs,
            long prevKey,
            Sec prevSec,
            double score) {
        if (score + bestRest[gi] <= bestScore) {
            return;
        }
        if (gi == groups.size()) {
            if (score > bestScore) {
                bestScore = score;
                bestPath = path.clone();
            }
            return;
        }
        Group g = groups.get(gi);
        for (int si = 0; si < slots.size(); si++) {
            if (used[si]) {
                continue;
            }
            Slot s = slots.get(si);
            for (int ci = 0; ci < s.cands.size(); ci++) {
                Sec sec = s.cands.get(ci);
                long pair = ((long) sec.order() << 8) | s.ev.num;
                if (pairs.contains(pair)) {
                    continue;
                }
                long key = (long) sec.order() * 100 + s.ev.num;
                double sc = simTable[gi][si][ci] + (key > prevKey ? 2 : 0) + 0.01 * gi;
                used[si] = true;
                pairs.add(pair);
                path[gi] = new Choice(si, sec);
                dfs(groups, slots, gi + 1, path, used, pairs, key, sec, score + sc);
                used[si] = false;
                pairs.remove(pair);
            }
        }
        Sec inf = inferredSec(slots, prevSec, g, used);
        long key = inf == null ? prevKey : (long) inf.order() * 100 + 99;
        double pen = -3 + (inf == null ? 0 : 0.5 * secOverlap(g, inf)) + (key > prevKey ? 2 : 0);
        if (inf != null && g.ceil != null && inf.order() >= g.ceil.order()) {
            pen -= 8;
        }
        path[gi] = new Choice(-1, inf);
        dfs(groups, slots, gi + 1, path, used, pairs, Math.max(key, prevKey), inf != null ? inf : prevSec, score + pen);
    }

    private void greedy(List<Group> groups, List<Slot> slots, Choice[] path) {
        boolean[] used = new boolean[slots.size()];
        Set<Long> pairs = new HashSet<>();
        Sec prevSec = null;
        int from = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            Choice best = null;
            // monotone: next unused slot in order
            for (int si = from; si < slots.size(); si++) {
                if (used[si]) {
                    continue;
                }
                Slot s = slots.get(si);
                for (Sec sec : s.cands) {
                    long pair = ((long) sec.order() << 8) | s.ev.num;
                    if (!pairs.contains(pair)) {
                        best = new Choice(si, sec);
                        pairs.add(pair);
                        break;
                    }
                }
                if (best != null) {
                    used[si] = true;
                    from = si + 1;
                    break;
                }
            }
            if (best == null) {
                best = new Choice(-1, inferredSec(slots, prevSec, g, used));
            }
            path[gi] = best;
            prevSec = best.sec;
        }
        bestPath = path;
    }

    /** Item-less subsections take their text from paragraphs of the window, matched by their words. */
    private void assignParagraphs(List<SubNode> itemless) {
        List<Para> paras = winParas.size() > 200 ? winParas.subList(0, 200) : winParas;
        int u = Math.min(itemless.size(), 50);
        int p = paras.size();
        if (p == 0) {
            for (SubNode sn : itemless) {
                warn(sn.ev.start, "SUBSECTION_EMPTY", "subsection without items and without text found: " + sn.ev.text);
            }
            return;
        }
        // each paragraph's words once: its lines up to the next paragraph of the same owner
        int[][] paraBigrams = new int[p][];
        Map<Node, List<Integer>> startsOf = new java.util.HashMap<>();
        for (Para pa : paras) {
            startsOf.computeIfAbsent(pa.owner, x -> new ArrayList<>()).add(pa.index);
        }
        StringBuilder t = new StringBuilder();
        for (int b = 0; b < p; b++) {
            Para pa = paras.get(b);
            List<Integer> lines = pa.owner.text;
            int stop = lines.size();
            for (int other : startsOf.get(pa.owner)) {
                if (other > pa.index && other < stop) {
                    stop = other;
                }
            }
            t.setLength(0);
            for (int q = pa.index; q < stop && t.length() < 160; q++) {
                t.append(cl[lines.get(q)]);
            }
            paraBigrams[b] = bigrams(t.toString(), 160);
        }
        double[][] score = new double[u][p];
        for (int a = 0; a < u; a++) {
            SubNode sn = itemless.get(a);
            int[] sb = bigrams(sn.self.parsed.title(), 200);
            int[] secb = secBigrams(sn.sec);
            for (int b = 0; b < p; b++) {
                int[] pb = paraBigrams[b];
                score[a][b] = overlap(sb, pb) + 0.3 * overlap(secb, pb) + (paras.get(b).orphan ? 5 : 0) - 1.5;
            }
        }
        // dp over (slot a, last used paragraph index) choosing increasing paragraph starts or nothing
        double[][] dp = new double[u + 1][p + 1];
        int[][] pick = new int[u + 1][p + 1];
        for (double[] row : dp) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        dp[0][0] = 0; // state j: next usable paragraph index
        for (int a = 0; a < u; a++) {
            for (int j = 0; j <= p; j++) {
                if (dp[a][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (dp[a][j] > dp[a + 1][j]) {
                    dp[a + 1][j] = dp[a][j];
                    pick[a + 1][j] = -1 - j;
                }
                for (int b = j; b < p; b++) {
                    double v = dp[a][j] + score[a][b];
                    if (score[a][b] > 0 && v > dp[a + 1][b + 1]) {
                        dp[a + 1][b + 1] = v;
                        pick[a + 1][b + 1] = b * 100000 + j;
                    }
                }
            }
        }
        int bj = 0;
        for (int j = 0; j <= p; j++) {
            if (dp[u][j] > dp[u][bj]) {
                bj = j;
            }
        }
        int[] chosen = new int[u];
        Arrays.fill(chosen, -1);
        int j = bj;
        for (int a = u; a > 0; a--) {
            int pk = pick[a][j];
            if (pk < 0) {
                j = -1 - pk;
            } else {
                chosen[a - 1] = pk / 100000;
                j = pk % 100000;
            }
        }
        Set<Para> starts = new HashSet<>();
        for (int a = 0; a < u; a++) {
            if (chosen[a] >= 0) {
                starts.add(paras.get(chosen[a]));
            }
        }
        for (int a = u - 1; a >= 0; a--) {
            SubNode sn = itemless.get(a);
            if (chosen[a] < 0) {
                warn(sn.ev.start, "SUBSECTION_EMPTY", "no text found for subsection heading: " + sn.ev.text);
                continue;
            }
            Para pa = paras.get(chosen[a]);
            // take the paragraph and the following ones of the same owner up to the next chosen start
            int endIdx = pa.owner.text.size();
            for (Para other : starts) {
                if (other != pa && other.owner == pa.owner && other.index > pa.index && other.index < endIdx) {
                    endIdx = other.index;
                }
            }
            List<Integer> moved = new ArrayList<>(pa.owner.text.subList(pa.index, endIdx));
            pa.owner.text.subList(pa.index, endIdx).clear();
            sn.self.text.addAll(0, moved);
        }
    }

    // =================================================================== output

    private List<ParsedMeasure> buildMeasures(List<ParsedAwardScheme> schemes) {
        List<ParsedMeasure> out = new ArrayList<>();
        subs.sort(Comparator.comparingInt((SubNode s) -> s.sec.order()).thenComparingInt(s -> s.num));
        List<String> schemeKeys = new ArrayList<>();
        for (ParsedAwardScheme s : schemes) {
            schemeKeys.add(TextNorm.title(s.name()).replace(" ", ""));
        }
        Set<String> codes = new HashSet<>();
        for (SubNode sn : subs) {
            Sec sec = sn.sec;
            Heading ch = new Heading(sec.ch.num, sec.ch.title);
            Heading se = new Heading(sec.num, sec.title);
            HeadingParser.Parsed sp = sn.self.parsed;
            String subTitle = sp == null ? null : sp.title();
            Heading su = new Heading(sn.num, subTitle);
            String code = sec.ch.num + "-" + sec.num + "-" + sn.num;
            int start = sn.ev != null
                    ? sn.ev.start
                    : (sn.group != null && !sn.group.items.isEmpty() ? sn.group.items.get(0).ev.start : 0);
            int end = sn.ev != null ? sn.ev.end : start;
            out.add(measure(
                    code,
                    null,
                    MeasureKind.SUBSECTION,
                    ch,
                    se,
                    su,
                    null,
                    null,
                    sn.self,
                    sp,
                    start,
                    end,
                    schemeKeys,
                    schemes));
            if (!codes.add(code)) {
                warn(start, "DUPLICATE_CODE", "code " + code + " produced twice");
            }
            if (sn.group == null) {
                continue;
            }
            List<Node> items = new ArrayList<>(sn.group.items);
            items.sort(Comparator.comparingInt(n -> n.num));
            for (Node it : items) {
                String ic = code + "-(" + it.num + ")";
                if (!codes.add(ic)) {
                    warn(it.ev.start, "DUPLICATE_CODE", "item code " + ic + " produced twice");
                }
                out.add(measure(
                        ic,
                        code,
                        MeasureKind.ITEM,
                        ch,
                        se,
                        su,
                        it.num,
                        null,
                        it,
                        it.parsed,
                        it.ev.start,
                        it.ev.end,
                        schemeKeys,
                        schemes));
                List<Node> kids = new ArrayList<>(it.children);
                kids.sort(Comparator.comparingInt(n -> n.num));
                for (Node k : kids) {
                    String kc = ic + "-" + circledChar(k.num);
                    if (!codes.add(kc)) {
                        warn(k.ev.start, "DUPLICATE_CODE", "sub-item code " + kc + " produced twice");
                    }
                    out.add(measure(
                            kc,
                            ic,
                            MeasureKind.SUBITEM,
                            ch,
                            se,
                            su,
                            it.num,
                            k.num,
                            k,
                            k.parsed,
                            k.ev.start,
                            k.ev.end,
                            schemeKeys,
                            schemes));
                }
            }
        }
        return out;
    }

    private ParsedMeasure measure(
            String code,
            String parent,
            MeasureKind kind,
            Heading ch,
            Heading se,
            Heading su,
            Integer item,
            Integer subitem,
            Node node,
            HeadingParser.Parsed p,
            int start,
            int end,
            List<String> schemeKeys,
            List<ParsedAwardScheme> schemes) {
        String desc = description(node.text);
        int last = end;
        for (int l : node.text) {
            last = Math.max(last, l);
        }
        String title = p == null ? null : p.title();
        List<String> names = new ArrayList<>();
        if (!schemeKeys.isEmpty()) {
            boolean[] found = new boolean[schemeKeys.size()];
            findKeys(title, schemeKeys, found);
            findKeys(desc, schemeKeys, found);
            for (int k = 0; k < found.length; k++) {
                if (found[k]) {
                    names.add(schemes.get(k).name());
                }
            }
        }
        return new ParsedMeasure(
                code,
                parent,
                kind,
                ch,
                se,
                su,
                item,
                subitem,
                title,
                desc,
                p == null ? List.of() : p.budgets(),
                p == null ? null : p.budgetText(),
                p != null && p.partOf(),
                p == null ? null : p.pool(),
                p == null ? List.of() : p.ministries(),
                p == null ? null : p.reposted(),
                !desc.isEmpty(),
                sourceRef(start, last),
                names);
    }

    private Map<Character, int[]> keysByFirst;
    private long[] firstChars; // bit set of the keys' first characters

    /** Marks the keys that occur in s: one pass over s, keys looked up by their first character. */
    private void findKeys(String s, List<String> keys, boolean[] found) {
        if (s == null || s.isEmpty()) {
            return;
        }
        if (keysByFirst == null) {
            keysByFirst = new java.util.HashMap<>();
            firstChars = new long[1024];
            for (int k = 0; k < keys.size(); k++) {
                String key = keys.get(k);
                if (!key.isEmpty()) {
                    int[] old = keysByFirst.get(key.charAt(0));
                    int[] v = old == null ? new int[] {k} : Arrays.copyOf(old, old.length + 1);
                    v[v.length - 1] = k;
                    keysByFirst.put(key.charAt(0), v);
                    firstChars[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
                }
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((firstChars[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            int[] ks = keysByFirst.get(c);
            if (ks == null) {
                continue;
            }
            for (int k : ks) {
                if (!found[k] && s.startsWith(keys.get(k), i)) {
                    found[k] = true;
                }
            }
        }
    }

    String description(List<Integer> lines) {
        StringBuilder b = new StringBuilder();
        int prev = -1;
        for (int line : lines) {
            String t = sq(line);
            if (t.isEmpty()) {
                continue;
            }
            if (prev >= 0) {
                if (paraBreak(prev, line)) {
                    b.append('\n');
                } else if (b.length() > 0
                        && TextNorm.isAsciiWord(b.charAt(b.length() - 1))
                        && TextNorm.isAsciiWord(t.charAt(0))
                        && Character.isLetter(t.charAt(0))) {
                    b.append(' ');
                }
            }
            b.append(t);
            prev = line;
        }
        return b.toString();
    }

    Integer page0(int line0) {
        return pageOf(line0);
    }
}
