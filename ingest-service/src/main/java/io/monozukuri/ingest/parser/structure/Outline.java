package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.ChapterNode;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 5a: the outline — chapters, sections and subsections as their headings are read, also when a chapter or
 * section heading is printed after its items (stacked at the end of a page). Knows the current section (the latest
 * holding a subsection) and the sections announced but not used yet ({@link #pending}).
 */
final class Outline {

    final List<ChapterNode> chapters = new ArrayList<>();
    final List<SectionNode> sections = new ArrayList<>();
    final List<SubNode> subsections = new ArrayList<>();
    /** Sections whose heading was read but that hold no subsection yet, in document order. */
    final List<SectionNode> pending = new ArrayList<>();

    ChapterNode currentChapter;
    /** The latest section in document order that holds a subsection. */
    SectionNode current;

    private final HeadingClauses clauses;
    private final Warnings warnings;
    private final LogicalLines lines;

    Outline(HeadingClauses clauses, LogicalLines lines, Warnings warnings) {
        this.clauses = clauses;
        this.lines = lines;
        this.warnings = warnings;
    }

    /** The chapter of that number, made when first named; a title read later fills a missing one. */
    ChapterNode chapter(int num, String title) {
        for (ChapterNode c : chapters) {
            if (c.num == num) {
                if (c.title == null) {
                    c.title = title;
                }
                return c;
            }
        }
        ChapterNode c = new ChapterNode(num, title);
        chapters.add(c);
        return c;
    }

    /**
     * The sections of a block of headings: a section printed before the first chapter heading of the block goes
     * on the current chapter when its number follows the chapter's last one, else on the block's new chapter.
     */
    List<SectionNode> createSections(List<Event> evs) {
        ChapterNode firstNewChap = null;
        int firstChIdx = -1;
        for (int k = 0; k < evs.size(); k++) {
            if (evs.get(k).kind == EventKind.CHAPTER) {
                ChapterNode c = chapter(evs.get(k).num, evs.get(k).text);
                if (firstNewChap == null) {
                    firstNewChap = c;
                    firstChIdx = k;
                }
            }
        }
        List<SectionNode> made = new ArrayList<>();
        for (int k = 0; k < evs.size(); k++) {
            Event e = evs.get(k);
            if (e.kind != EventKind.SECTION) {
                continue;
            }
            ChapterNode target;
            if (firstNewChap == null) {
                target = currentChapter != null ? currentChapter : chapter(0, null);
            } else if (k < firstChIdx && currentChapter != null && e.num == maxSection(currentChapter) + 1) {
                target = currentChapter;
            } else {
                target = firstNewChap;
            }
            SectionNode s = null;
            for (SectionNode x : target.sections) {
                if (x.num == e.num) {
                    s = x;
                }
            }
            if (s == null) {
                s = new SectionNode(target, e.num, e.text);
                target.sections.add(s);
                sections.add(s);
                pending.add(s);
            } else {
                warnings.add(lines.warningLine(e.start), "DUPLICATE_HEADING", "section " + e.num + " printed twice");
            }
            made.add(s);
        }
        if (firstNewChap != null && (currentChapter == null || firstNewChap.num > currentChapter.num)) {
            currentChapter = firstNewChap;
        }
        if (currentChapter == null && !made.isEmpty()) {
            currentChapter = made.get(0).chapter;
        }
        pending.sort(Comparator.comparingInt(SectionNode::order));
        return made;
    }

    private static int maxSection(ChapterNode c) {
        int m = 0;
        for (SectionNode s : c.sections) {
            m = Math.max(m, s.num);
        }
        return m;
    }

    /** The current section, else the first pending one, else a section 0 of the current chapter. */
    SectionNode ensureSection() {
        if (current != null) {
            return current;
        }
        if (!pending.isEmpty()) {
            return pending.get(0);
        }
        ChapterNode c = currentChapter != null ? currentChapter : chapter(0, null);
        SectionNode s = new SectionNode(c, 0, null);
        c.sections.add(s);
        sections.add(s);
        return s;
    }

    /** A subsection of sec (printed heading ev, or inferred with ev null); its number is used in sec. */
    SubNode newSubsection(SectionNode sec, int num, Event ev, boolean inferred) {
        SubNode sn = new SubNode(sec, num, ev, inferred);
        sec.used.add(num);
        subsections.add(sn);
        if (ev != null) {
            sn.self.parsed = clauses.parse(ev);
        }
        return sn;
    }

    /** After a window: the current section is the latest holding a subsection; used and passed sections leave pending. */
    void advance() {
        for (SectionNode s : sections) {
            if (!s.used.isEmpty() && (current == null || s.order() > current.order())) {
                current = s;
            }
        }
        pending.removeIf(p -> !p.used.isEmpty() || (current != null && p.order() < current.order()));
    }
}
