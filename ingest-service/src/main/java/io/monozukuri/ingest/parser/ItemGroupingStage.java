package io.monozukuri.ingest.parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stage: item grouping — every (1) opens a group, (n>1) joins the open group ending with n-1, sub-items join their item. */
abstract class ItemGroupingStage extends OutlineStage {

    ItemGroupingStage(String norm, String hash, MinistryRegistry registry) {
        super(norm, hash, registry);
    }

    /** Groups an item or a continued sentence may join (cached until the groups change). */
    List<Group> openGroups() {
        int key = groupsVersion;
        if (openCache != null && openCacheKey == key) {
            return openCache;
        }
        openCache = computeOpenGroups();
        openCacheKey = key;
        return openCache;
    }

    int groupsVersion;

    List<Group> computeOpenGroups() {
        List<Group> out = new ArrayList<>();
        int from = Math.max(0, prevWinGroups.size() - 8);
        out.addAll(prevWinGroups.subList(from, prevWinGroups.size()));
        out.addAll(bound.size() > 8 ? bound.subList(bound.size() - 8, bound.size()) : bound);
        int f2 = Math.max(0, winGroups.size() - 16);
        out.addAll(winGroups.subList(f2, winGroups.size()));
        out.sort(Comparator.comparingInt(g -> g.firstLine));
        return out;
    }

    void onItem(Event ev, int idx) {
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

    List<Event> events;

    void onSubitem(Event ev) {
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
                onText(new Event(EventKind.TEXT, 0, null, ev.start, ev.end));
                return;
            }
        }
        if (target == null) {
            warn(ev.start, "ORPHAN_SUBITEM", "sub-item outside any item, read as text");
            onText(new Event(EventKind.TEXT, 0, null, ev.start, ev.end));
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

    abstract void onText(Event ev);
}
