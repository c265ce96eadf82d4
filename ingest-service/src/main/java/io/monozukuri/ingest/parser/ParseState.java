package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.heading.HeadingScanner;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The state of one parse shared by its structure stages: the logical lines, the model and the warnings. */
abstract class ParseState {

    static final int MAX_HEADING = 300;

    enum EventKind {
        CH,
        SEC,
        SUB,
        ITEM,
        SUBITEM,
        TEXT
    }

    static final class Event {
        final EventKind t;
        final int num;
        final String text;
        final int start;
        int end;
        HeadingParser.Parsed parsed; // parsed once, on first use

        Event(EventKind t, int num, String text, int start, int end) {
            this.t = t;
            this.num = num;
            this.text = text;
            this.start = start;
            this.end = end;
        }

        boolean heading() {
            return t == EventKind.CH || t == EventKind.SEC || t == EventKind.SUB;
        }
    }

    static final class ChapterNode {
        final int num;
        String title;
        final List<SectionNode> secs = new ArrayList<>();

        ChapterNode(int num, String title) {
            this.num = num;
            this.title = title;
        }
    }

    static final class SectionNode {
        final ChapterNode ch;
        final int num;
        final String title;
        final TreeSet<Integer> used = new TreeSet<>();
        int[] bigrams;

        SectionNode(ChapterNode ch, int num, String title) {
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
        final Event ev;
        final List<Integer> text = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        HeadingParser.Parsed parsed;
        Group group;
        Node parent;
        boolean inPlace; // a subsection heading printed before its own text

        Node(MeasureKind kind, int num, Event ev) {
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
        SectionNode floor;
        SectionNode ceil;
        Bigrams.BigramSet bigrams;
        Map<SectionNode, Double> secOv; // overlap with section titles, for secOvFor (the bigrams they were computed on)
        Bigrams.BigramSet secOvFor;

        Group(int firstLine) {
            this.firstLine = firstLine;
        }

        int lastNum() {
            return items.isEmpty() ? 0 : items.get(items.size() - 1).num;
        }
    }

    static final class SubNode {
        SectionNode sec;
        int num;
        final Event ev; // null when inferred
        Group group;
        final Node self;
        final boolean inferred;

        SubNode(SectionNode sec, int num, Event ev, boolean inferred) {
            this.sec = sec;
            this.num = num;
            this.ev = ev;
            this.inferred = inferred;
            this.self = new Node(MeasureKind.SUBSECTION, num, ev);
        }
    }

    static final class Slot {
        final Event ev;
        final List<SectionNode> cands;
        final int[] bigrams;

        Slot(Event ev, List<SectionNode> cands, int[] bigrams) {
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

    final String hash;
    final MinistryRegistry registry;
    final HeadingParser hp;
    final String[] raw;
    final String[] cl;
    final boolean[] pageStart;
    final boolean[] noise;
    final int[] page;
    final boolean hasPages;
    final int lineCount;
    final int typicalWidth;
    final List<ParseWarning> warnings = new ArrayList<>();

    // structure state
    final List<ChapterNode> chapters = new ArrayList<>();
    final List<SectionNode> allSecs = new ArrayList<>();
    final List<SubNode> subs = new ArrayList<>();
    ChapterNode curChap;
    SectionNode s0;
    final List<SectionNode> pending = new ArrayList<>();
    List<Group> winGroups = new ArrayList<>();
    List<Group> prevWinGroups = new ArrayList<>();
    final List<Group> bound = new ArrayList<>();
    List<Para> winParas = new ArrayList<>();
    SectionNode curFloor;
    final List<SubNode> leadingSlots = new ArrayList<>();
    Group curGroup;
    Node curItem;
    Node curNode;
    boolean lastWasHeading;
    final Map<SubNode, HeadingParser.Parsed> subParsed = new LinkedHashMap<>();
    final List<Node> allNodes = new ArrayList<>();
    final List<Frag> frags = new ArrayList<>();
    Frag openFrag;
    boolean[] pendingFrag; // lines of frags not placed yet (null until the first one)

    final SourceLines src;
    final ReadingText reading;
    final int[] srcFirst;
    final int[] srcLast;
    final boolean[] paraHint;

    ParseState(String norm, String hash, MinistryRegistry registry) {
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

    String[] sqc;

    /** The cleaned line without its spaces ({@link TextNorm#squeeze}), computed once per line. */
    String sq(int i) {
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

    boolean blank(int i) {
        return cl[i].isEmpty() || noise[i];
    }

    Integer pageOf(int line0) {
        if (!hasPages || line0 < 0 || line0 >= lineCount) {
            return null;
        }
        return page[line0];
    }

    void warn(int line0, String code, String msg) {
        warnings.add(new ParseWarning(line0 < 0 ? 0 : sourceLine(line0) + 1, code, msg));
    }

    // =================================================================== run

    static int chapterNum(String c) {
        return HeadingMarks.chapterNum(c);
    }

    static int[] section(String c) {
        return HeadingMarks.section(c);
    }

    static int[] item(String c) {
        return HeadingMarks.item(c);
    }

    static int circled(char c) {
        return HeadingMarks.circled(c);
    }

    static String circledChar(int n) {
        return HeadingMarks.circledChar(n);
    }

    boolean structural(int i) {
        String c = cl[i];
        return chapterNum(c) > 0 || section(c) != null || item(c) != null || (!c.isEmpty() && circled(c.charAt(0)) > 0);
    }

    int nextContent(int i, int maxBlank) {
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

    HeadingParser.Parsed parseHeading(Event ev) {
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

    String subTitle(Event e) {
        return parsedOf(e).title();
    }

    HeadingParser.Parsed parsedOf(Event e) {
        if (e.parsed == null) {
            e.parsed = hp.parse(e.text.length() > MAX_HEADING ? e.text.substring(0, MAX_HEADING) : e.text);
        }
        return e.parsed;
    }

    SubNode newSub(SectionNode sec, int num, Event ev, boolean inferred) {
        SubNode sn = new SubNode(sec, num, ev, inferred);
        sec.used.add(num);
        subs.add(sn);
        if (ev != null) {
            sn.self.parsed = parseHeading(ev);
            subParsed.put(sn, sn.self.parsed);
        }
        return sn;
    }
}
