package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.Slot;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 5g: windows — at a stack of subsection headings (printed at a page end, after the items they head), the
 * groups read since the last stack are matched to them ({@link SubsectionMatcher}); a group left without a heading
 * becomes an inferred subsection ({@code SUBSECTION_INFERRED}, the next free number); a heading left without a group
 * is a subsection without items ({@link ItemlessSubsections}). A stack read before any group waits for the next
 * groups (headings printed in place).
 */
final class WindowCloser {

    private final Reading reading;
    private final Outline outline;
    private final HeadingClauses clauses;
    private final ItemlessSubsections itemless;
    private final LogicalLines lines;
    private final Warnings warnings;

    WindowCloser(
            Reading reading,
            Outline outline,
            HeadingClauses clauses,
            ItemlessSubsections itemless,
            LogicalLines lines,
            Warnings warnings) {
        this.reading = reading;
        this.outline = outline;
        this.clauses = clauses;
        this.itemless = itemless;
        this.lines = lines;
        this.warnings = warnings;
    }

    /** Closes the window at a block of headings (possibly empty: the end of the document). */
    void close(List<Event> block) {
        List<SectionNode> made = outline.createSections(block);
        List<Event> secEvs = new ArrayList<>();
        for (Event e : block) {
            if (e.kind == EventKind.SECTION) {
                secEvs.add(e);
            }
        }
        List<Slot> slots = slots(block, made, secEvs);
        List<Group> groups = reading.windowGroups;
        if (groups.isEmpty() && reading.windowParas.isEmpty() && !slots.isEmpty()) {
            // heading block printed before its items: bind to the next groups
            for (Slot s : slots) {
                reading.leadingSlots.add(outline.newSubsection(s.candidates.get(0), s.event.num, s.event, false));
            }
            reading.resetWindow();
            return;
        }
        if (!slots.isEmpty()) {
            for (Group g : groups) {
                g.bigrams = SubsectionMatcher.groupBigrams(g, lines);
            }
        }
        SubsectionMatcher.Choice[] best = new SubsectionMatcher(outline.pending, outline.current).match(groups, slots);
        boolean[] slotUsed = new boolean[slots.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            SubsectionMatcher.Choice c = best[gi];
            Group g = groups.get(gi);
            SubNode sn;
            if (c != null && c.slot() >= 0) {
                slotUsed[c.slot()] = true;
                Event ev = slots.get(c.slot()).event;
                sn = outline.newSubsection(c.section(), ev.num, ev, false);
            } else {
                SectionNode sec = c != null && c.section() != null ? c.section() : outline.ensureSection();
                int num = sec.used.isEmpty() ? 1 : sec.used.last() + 1;
                sn = outline.newSubsection(sec, num, null, true);
                warnings.add(
                        lines.warningLine(g.firstLine),
                        "SUBSECTION_INFERRED",
                        "numbering restarts at (1) without a subsection heading: read as subsection " + sec.chapter.num
                                + "-" + sec.num + "-" + num);
            }
            sn.group = g;
            g.sub = sn;
        }
        itemlessSubsections(slots, slotUsed, groups);
        outline.advance();
        reading.resetWindow();
    }

    /** A slot per subsection heading of the block, with the sections it may belong to. */
    private List<Slot> slots(List<Event> block, List<SectionNode> made, List<Event> secEvs) {
        List<Slot> slots = new ArrayList<>();
        SectionNode s0 = outline.current;
        for (Event e : block) {
            if (e.kind != EventKind.SUBSECTION) {
                continue;
            }
            List<SectionNode> cands = new ArrayList<>();
            if (s0 != null && !s0.used.contains(e.num) && (s0.used.isEmpty() || e.num > s0.used.last())) {
                cands.add(s0);
            }
            for (SectionNode p : outline.pending) {
                int mi = made.indexOf(p);
                if (mi >= 0 && mi < secEvs.size() && secEvs.get(mi).start > e.start) {
                    continue; // stacked headings keep their order: a later section cannot own this subsection
                }
                if (p != s0 && !p.used.contains(e.num)) {
                    cands.add(p);
                }
            }
            if (cands.isEmpty()) {
                cands.add(outline.ensureSection());
            }
            slots.add(new Slot(e, cands, Bigrams.bigrams(clauses.of(e).title(), 200)));
        }
        return slots;
    }

    /** Headings left without a group: subsections without items, in the section that follows the numbering. */
    private void itemlessSubsections(List<Slot> slots, boolean[] slotUsed, List<Group> groups) {
        List<SubNode> made = new ArrayList<>();
        SectionNode prevSec = null;
        int prevNum = -1;
        for (int si = 0; si < slots.size(); si++) {
            Slot s = slots.get(si);
            if (slotUsed[si]) {
                for (Group g : groups) {
                    if (g.sub != null && g.sub.event == s.event) {
                        prevSec = g.sub.section;
                        prevNum = s.event.num;
                    }
                }
                continue;
            }
            SectionNode sec = null;
            if (prevSec != null
                    && s.event.num == prevNum + 1
                    && s.candidates.contains(prevSec)
                    && !prevSec.used.contains(s.event.num)) {
                sec = prevSec;
            }
            for (SectionNode c : s.candidates) {
                if (sec == null && !c.used.contains(s.event.num)) {
                    sec = c;
                    break;
                }
            }
            prevSec = sec;
            prevNum = s.event.num;
            if (sec == null) {
                sec = s.candidates.get(0);
                warnings.add(
                        lines.warningLine(s.event.start),
                        "DUPLICATE_HEADING",
                        "subsection " + s.event.num + " printed twice in one section");
            }
            made.add(outline.newSubsection(sec, s.event.num, s.event, false));
        }
        if (!made.isEmpty()) {
            made.sort(Comparator.comparingInt((SubNode x) -> x.section.order()).thenComparingInt(x -> x.num));
            itemless.assign(made, reading.windowParas);
        }
    }
}
