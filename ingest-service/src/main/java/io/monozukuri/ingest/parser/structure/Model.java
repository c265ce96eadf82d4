package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.HeadingParser;
import io.monozukuri.ingest.parser.MeasureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The document tree the structure stages build, and the events they read: chapters, sections, subsections (a
 * printed heading or an inferred one), groups of items (every {@code （1）} opens one), items and sub-items with the
 * logical lines of their own text.
 */
public final class Model {

    private Model() {}

    /** What an event of the reading is. */
    public enum EventKind {
        CHAPTER,
        SECTION,
        SUBSECTION,
        ITEM,
        SUBITEM,
        TEXT
    }

    /** A heading or a sentence of the reading, over logical lines start..end; its heading parsed once, on use. */
    public static final class Event {
        public final EventKind kind;
        public final int num;
        public final String text;
        public final int start;
        public final int end;
        HeadingParser.Parsed parsed;

        public Event(EventKind kind, int num, String text, int start, int end) {
            this.kind = kind;
            this.num = num;
            this.text = text;
            this.start = start;
            this.end = end;
        }

        boolean heading() {
            return kind == EventKind.CHAPTER || kind == EventKind.SECTION || kind == EventKind.SUBSECTION;
        }
    }

    /** A chapter: its number, title and sections. */
    public static final class ChapterNode {
        public final int num;
        public String title;
        public final List<SectionNode> sections = new ArrayList<>();

        ChapterNode(int num, String title) {
            this.num = num;
            this.title = title;
        }
    }

    /** A section: its chapter, number, title, and the subsection numbers already used in it. */
    public static final class SectionNode {
        public final ChapterNode chapter;
        public final int num;
        public final String title;
        final TreeSet<Integer> used = new TreeSet<>();
        int[] bigrams;

        SectionNode(ChapterNode chapter, int num, String title) {
            this.chapter = chapter;
            this.num = num;
            this.title = title;
        }

        /** Position in document order. */
        public int order() {
            return chapter.num * 1000 + num;
        }
    }

    /** An item, a sub-item, or the own node of a subsection: its heading and the logical lines of its text. */
    public static final class Node {
        public final MeasureKind kind;
        public final int num;
        public final Event event;
        public final List<Integer> text = new ArrayList<>();
        public final List<Node> children = new ArrayList<>();
        public HeadingParser.Parsed parsed;
        Group group;
        Node parent;
        boolean inPlace; // a subsection heading printed before its own text

        Node(MeasureKind kind, int num, Event event) {
            this.kind = kind;
            this.num = num;
            this.event = event;
        }

        int lastChildNum() {
            return children.isEmpty() ? 0 : children.get(children.size() - 1).num;
        }

        /** The section title of the subsection this node is in ("" when none). */
        String sectionTitle() {
            if (group == null || group.sub == null || group.sub.section == null || group.sub.section.title == null) {
                return "";
            }
            return group.sub.section.title;
        }
    }

    /** The items read from a {@code （1）} on, and the subsection they were matched to. */
    public static final class Group {
        public final List<Node> items = new ArrayList<>();
        final int firstLine;
        SubNode sub;
        SectionNode floor;
        SectionNode ceil;
        Bigrams.BigramSet bigrams;
        Map<SectionNode, Double> sectionOverlap;
        Bigrams.BigramSet sectionOverlapFor;

        Group(int firstLine) {
            this.firstLine = firstLine;
        }

        int lastNum() {
            return items.isEmpty() ? 0 : items.get(items.size() - 1).num;
        }
    }

    /** A subsection: its section and number, its printed heading (null when inferred) and group of items. */
    public static final class SubNode {
        public SectionNode section;
        public final int num;
        public final Event event;
        public Group group;
        public final Node self;
        public final boolean inferred;

        SubNode(SectionNode section, int num, Event event, boolean inferred) {
            this.section = section;
            this.num = num;
            this.event = event;
            this.inferred = inferred;
            this.self = new Node(MeasureKind.SUBSECTION, num, event);
        }
    }

    /** A subsection heading of a stack waiting for its group: the sections it may belong to, its words. */
    static final class Slot {
        final Event event;
        final List<SectionNode> candidates;
        final int[] bigrams;

        Slot(Event event, List<SectionNode> candidates, int[] bigrams) {
            this.event = event;
            this.candidates = candidates;
            this.bigrams = bigrams;
        }
    }

    /** A paragraph of a window: its owner and where it starts in the owner's text. */
    static final class Para {
        final Node owner;
        final int index;
        final boolean orphan; // read right after a heading block

        Para(Node owner, int index, boolean orphan) {
            this.owner = owner;
            this.index = index;
            this.orphan = orphan;
        }
    }

    /** A paragraph that starts mid-sentence and continues no open node yet: placed after the structure pass. */
    static final class Fragment {
        final List<Integer> lines = new ArrayList<>();
        final boolean sure; // certainly the end of a sentence (an open quote elsewhere, an open node rejected it)

        Fragment(boolean sure) {
            this.sure = sure;
        }
    }
}
