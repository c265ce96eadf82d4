package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stage: chapters and sections of the outline (a chapter or section printed after its items is still found). */
abstract class OutlineStage extends ParseState {

    OutlineStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

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

    List<SectionNode> createSections(List<Event> evs) {
        ChapterNode firstNewChap = null;
        int firstChIdx = -1;
        for (int k = 0; k < evs.size(); k++) {
            if (evs.get(k).t == EventKind.CH) {
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
            if (e.t != EventKind.SEC) {
                continue;
            }
            ChapterNode target;
            if (firstNewChap == null) {
                target = curChap != null ? curChap : chapter(0, null);
            } else if (k < firstChIdx && curChap != null && e.num == maxSec(curChap) + 1) {
                target = curChap;
            } else {
                target = firstNewChap;
            }
            SectionNode s = null;
            for (SectionNode x : target.secs) {
                if (x.num == e.num) {
                    s = x;
                }
            }
            if (s == null) {
                s = new SectionNode(target, e.num, e.text);
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
        pending.sort(Comparator.comparingInt(SectionNode::order));
        return made;
    }

    static int maxSec(ChapterNode c) {
        int m = 0;
        for (SectionNode s : c.secs) {
            m = Math.max(m, s.num);
        }
        return m;
    }

    SectionNode ensureSection() {
        if (s0 != null) {
            return s0;
        }
        if (!pending.isEmpty()) {
            return pending.get(0);
        }
        ChapterNode c = curChap != null ? curChap : chapter(0, null);
        SectionNode s = new SectionNode(c, 0, null);
        c.secs.add(s);
        allSecs.add(s);
        return s;
    }

    // ----------------------------------------------------------------- items

    List<Group> openCache;
    int openCacheKey = -1;
}
