package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.List;

/** Stage: the structure pass over the heading events (drives the stages above). */
abstract class StructureStage extends WindowStage {

    StructureStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    int[] nextItemNum;

    void structure(List<Event> evs) {
        this.events = evs;
        nextItemNum = new int[evs.size()];
        int nxt = -1;
        for (int k = evs.size() - 1; k >= 0; k--) {
            nextItemNum[k] = nxt;
            if (evs.get(k).t == EventKind.ITEM) {
                nxt = evs.get(k).num;
            }
        }
        List<Event> block = new ArrayList<>();
        Event beforeBlock = null;
        Event prev = null;
        for (int k = 0; k < evs.size(); k++) {
            Event ev = evs.get(k);
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

    void flushBlock(List<Event> block, Event before, Event next) {
        int lastSub = -1;
        for (int k = 0; k < block.size(); k++) {
            if (block.get(k).t == EventKind.SUB) {
                lastSub = k;
            }
        }
        List<Event> trailing;
        List<Event> leading;
        if (lastSub < 0) {
            trailing = List.of();
            leading = block;
        } else if (next != null && next.t == EventKind.ITEM && next.num == 1 && lastSub < block.size() - 1) {
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
            List<SectionNode> made = createSections(leading);
            long secCount = leading.stream().filter(e -> e.t == EventKind.SEC).count();
            if (lastSub < 0 && secCount == 1 && before != null && !before.heading() && made.size() == 1) {
                SectionNode f = made.get(0);
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
}
