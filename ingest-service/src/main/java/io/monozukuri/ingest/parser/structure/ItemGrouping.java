package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.MeasureKind;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5b: item grouping — every {@code （1）} opens a group; {@code （n>1）} joins the open group whose last item
 * is n-1 (several: the one the reading flow is in); a sub-item joins the item whose last sub-item is m-1; a circled
 * number that continues no list is text ({@code NUMBERING_GAP}). A new group takes a subsection heading printed
 * before it, if one waits.
 */
final class ItemGrouping {

    private final Reading reading;
    private final HeadingClauses clauses;
    private final LogicalLines lines;
    private final Warnings warnings;

    ItemGrouping(Reading reading, HeadingClauses clauses, LogicalLines lines, Warnings warnings) {
        this.reading = reading;
        this.clauses = clauses;
        this.lines = lines;
        this.warnings = warnings;
    }

    private void warn(int line, String code, String message) {
        warnings.add(lines.warningLine(line), code, message);
    }

    void onItem(Event ev) {
        Node node = new Node(MeasureKind.ITEM, ev.num, ev);
        node.parsed = clauses.parse(ev);
        Group g = null;
        if (ev.num != 1) {
            List<Group> cands = new ArrayList<>();
            for (Group x : reading.openGroups()) {
                if (x.lastNum() == ev.num - 1) {
                    cands.add(x);
                }
            }
            if (cands.size() == 1) {
                g = cands.get(0);
            } else if (cands.size() > 1) {
                g = cands.get(cands.size() - 1);
                if (reading.node != null && cands.contains(reading.node.group)) {
                    g = reading.node.group;
                }
            } else if (reading.group != null) {
                g = reading.group;
                warn(ev.start, "NUMBERING_GAP", "item (" + ev.num + ") follows (" + reading.group.lastNum() + ")");
            } else {
                warn(ev.start, "NUMBERING_GAP", "item (" + ev.num + ") without (1)");
            }
        }
        if (g == null) {
            g = new Group(ev.start);
            g.floor = reading.floor;
            if (!reading.leadingSlots.isEmpty()) {
                SubNode sn = reading.leadingSlots.remove(0);
                sn.group = g;
                g.sub = sn;
                reading.bound.add(g);
            } else {
                reading.windowGroups.add(g);
            }
            reading.groupsChanged();
        }
        g.items.add(node);
        node.group = g;
        reading.nodes.add(node);
        reading.group = g;
        reading.item = node;
        reading.node = node;
        reading.openFragment = null;
        reading.afterHeading = false;
    }

    /** A sub-item joins its item; false when it continues no list (it is then read as text). */
    boolean onSubitem(Event ev) {
        Node node = new Node(MeasureKind.SUBITEM, ev.num, ev);
        node.parsed = clauses.parse(ev);
        Node item = reading.item;
        Node target = null;
        if (ev.num == 1 || item == null) {
            target = item;
            if (target != null && ev.num == 1 && !target.children.isEmpty()) {
                warn(ev.start, "NUMBERING_GAP", "sub-item ① restarts under the same item");
            }
        } else if (item.lastChildNum() == ev.num - 1) {
            target = item;
        } else {
            List<Group> og = reading.openGroups();
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
                        "sub-item " + HeadingMarks.circledChar(ev.num) + " continues no list (last "
                                + HeadingMarks.circledChar(item.lastChildNum()) + "): read as text");
                return false;
            }
        }
        if (target == null) {
            warn(ev.start, "ORPHAN_SUBITEM", "sub-item outside any item, read as text");
            return false;
        }
        target.children.add(node);
        node.group = target.group;
        node.parent = target;
        reading.nodes.add(node);
        reading.item = target;
        reading.node = node;
        reading.openFragment = null;
        reading.afterHeading = false;
        return true;
    }
}
