package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stage: windows — at a stack of subsection headings, the groups read since the last stack are matched to them. */
abstract class WindowStage extends ItemlessSubsectionStage {

    WindowStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    void closeWindow(List<Event> block) {
        List<SectionNode> made = createSections(block);
        List<Event> secEvs = new ArrayList<>();
        for (Event e : block) {
            if (e.t == EventKind.SEC) {
                secEvs.add(e);
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (Event e : block) {
            if (e.t != EventKind.SUB) {
                continue;
            }
            List<SectionNode> cands = new ArrayList<>();
            if (s0 != null && !s0.used.contains(e.num) && (s0.used.isEmpty() || e.num > s0.used.last())) {
                cands.add(s0);
            }
            for (SectionNode p : pending) {
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
            slots.add(new Slot(e, cands, Bigrams.bigrams(subTitle(e), 200)));
        }
        List<Group> groups = winGroups;
        boolean noParas = winParas.isEmpty();
        if (groups.isEmpty() && noParas && !slots.isEmpty()) {
            // heading block printed before its items: bind to the next groups
            for (Slot s : slots) {
                SectionNode sec = s.cands.get(0);
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
        boolean[] slotUsed = new boolean[slots.size()];
        for (int gi = 0; gi < groups.size(); gi++) {
            Choice c = best[gi];
            Group g = groups.get(gi);
            SubNode sn;
            if (c != null && c.slot >= 0) {
                slotUsed[c.slot] = true;
                sn = newSub(c.sec, slots.get(c.slot).ev.num, slots.get(c.slot).ev, false);
            } else {
                SectionNode sec = c != null && c.sec != null ? c.sec : ensureSection();
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
        SectionNode prevSec = null;
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
            SectionNode sec = null;
            if (prevSec != null
                    && s.ev.num == prevNum + 1
                    && s.cands.contains(prevSec)
                    && !prevSec.used.contains(s.ev.num)) {
                sec = prevSec;
            }
            for (SectionNode c : s.cands) {
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
        for (SectionNode s : allSecs) {
            if (!s.used.isEmpty() && (s0 == null || s.order() > s0.order())) {
                s0 = s;
            }
        }
        pending.removeIf(p -> !p.used.isEmpty() || (s0 != null && p.order() < s0.order()));
        resetWindow();
    }

    void resetWindow() {
        groupsVersion++;
        prevWinGroups = new ArrayList<>(winGroups);
        prevWinGroups.addAll(bound);
        bound.clear();
        winGroups = new ArrayList<>();
        winParas = new ArrayList<>();
        curFloor = null;
    }
}
