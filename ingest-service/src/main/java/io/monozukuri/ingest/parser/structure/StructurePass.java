package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5h: the pass over the events of the reading that drives the outline (5a), item grouping (5b), the reading
 * flow (5c) and the windows (5g): consecutive headings form a block; a block holding subsection headings closes the
 * window of the groups read before it (a stack printed at a page end after its items); the headings of a block
 * printed before its items (and a section heading printed in place) are read first. Input: the events; output: the
 * tree in {@link Outline} and {@link Reading} (nodes, fragments waiting for their place).
 */
final class StructurePass {

    private final Reading reading;
    private final Outline outline;
    private final ItemGrouping grouping;
    private final SentenceFlow flow;
    private final WindowCloser windows;
    private final LogicalLines lines;
    private final Warnings warnings;

    StructurePass(
            Reading reading,
            Outline outline,
            ItemGrouping grouping,
            SentenceFlow flow,
            WindowCloser windows,
            LogicalLines lines,
            Warnings warnings) {
        this.reading = reading;
        this.outline = outline;
        this.grouping = grouping;
        this.flow = flow;
        this.windows = windows;
        this.lines = lines;
        this.warnings = warnings;
    }

    void run(List<Event> evs) {
        List<Event> block = new ArrayList<>();
        Event beforeBlock = null;
        Event prev = null;
        for (Event ev : evs) {
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
            switch (ev.kind) {
                case ITEM -> grouping.onItem(ev);
                case SUBITEM -> {
                    if (!grouping.onSubitem(ev)) {
                        flow.onText(new Event(EventKind.TEXT, 0, null, ev.start, ev.end));
                    }
                }
                default -> flow.onText(ev);
            }
            prev = ev;
        }
        if (!block.isEmpty()) {
            flushBlock(block, beforeBlock, null);
        }
        windows.close(List.of());
        for (SubNode sn : reading.leadingSlots) {
            warnings.add(
                    lines.warningLine(sn.event.start),
                    "SUBSECTION_EMPTY",
                    "subsection heading without items or text: " + sn.event.text);
        }
    }

    /**
     * A block of headings: its subsection headings up to the last close the window (unless the block is followed
     * by a {@code （1）} and ends with chapter or section headings: those head what follows); the headings after
     * them open new chapters and sections. A single section heading printed after text bounds the window's groups.
     */
    private void flushBlock(List<Event> block, Event before, Event next) {
        int lastSub = -1;
        for (int k = 0; k < block.size(); k++) {
            if (block.get(k).kind == EventKind.SUBSECTION) {
                lastSub = k;
            }
        }
        List<Event> trailing;
        List<Event> leading;
        if (lastSub < 0) {
            trailing = List.of();
            leading = block;
        } else if (next != null && next.kind == EventKind.ITEM && next.num == 1 && lastSub < block.size() - 1) {
            trailing = block.subList(0, lastSub + 1);
            leading = block.subList(lastSub + 1, block.size());
        } else {
            trailing = block;
            leading = List.of();
        }
        if (!trailing.isEmpty()) {
            windows.close(trailing);
        }
        if (!leading.isEmpty()) {
            List<SectionNode> made = outline.createSections(leading);
            long secCount =
                    leading.stream().filter(e -> e.kind == EventKind.SECTION).count();
            if (lastSub < 0 && secCount == 1 && before != null && !before.heading() && made.size() == 1) {
                SectionNode f = made.get(0);
                for (Group g : reading.windowGroups) {
                    if (g.ceil == null) {
                        g.ceil = f;
                    }
                }
                reading.floor = f;
            }
        }
        reading.afterHeading = true;
        reading.openFragment = null;
    }
}
