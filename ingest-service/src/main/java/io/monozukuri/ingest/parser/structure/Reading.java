package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.structure.Model.Fragment;
import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.Para;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the structure pass stands, shared explicitly by its stages: the open window (the groups and paragraphs read
 * since the last stack of subsection headings), the node the reading flow is in, and the fragments still waiting
 * for their place. One per parse.
 */
final class Reading {

    // the window
    List<Group> windowGroups = new ArrayList<>();
    /** The groups of the window before, still open to items and sentences that continue them. */
    List<Group> previousGroups = new ArrayList<>();
    /** Groups already bound to a subsection heading printed before them. */
    final List<Group> bound = new ArrayList<>();

    List<Para> windowParas = new ArrayList<>();
    /** A section heading printed in place before the window's groups: they cannot belong to an earlier section. */
    SectionNode floor;
    /** Subsection headings printed before their items, waiting for the next groups. */
    final List<SubNode> leadingSlots = new ArrayList<>();

    // the reading flow
    Group group;
    Node item;
    Node node;
    boolean afterHeading;

    // fragments
    final List<Fragment> fragments = new ArrayList<>();
    Fragment openFragment;
    /** Lines of fragments not placed yet (null until the first one). */
    boolean[] pendingFragment;

    /** Every item and sub-item, in reading order. */
    final List<Node> nodes = new ArrayList<>();

    private int groupsVersion;
    private int openVersion = -1;
    private List<Group> open;

    /** The groups changed: the open groups are computed again. */
    void groupsChanged() {
        groupsVersion++;
    }

    /** Groups an item or a continued sentence may join: the last ones of the previous window, bound and current. */
    List<Group> openGroups() {
        if (open != null && openVersion == groupsVersion) {
            return open;
        }
        List<Group> out = new ArrayList<>();
        out.addAll(previousGroups.subList(Math.max(0, previousGroups.size() - 8), previousGroups.size()));
        out.addAll(bound.size() > 8 ? bound.subList(bound.size() - 8, bound.size()) : bound);
        out.addAll(windowGroups.subList(Math.max(0, windowGroups.size() - 16), windowGroups.size()));
        out.sort(Comparator.comparingInt(g -> g.firstLine));
        open = out;
        openVersion = groupsVersion;
        return open;
    }

    /** A window closed: its groups become the previous ones. */
    void resetWindow() {
        groupsChanged();
        previousGroups = new ArrayList<>(windowGroups);
        previousGroups.addAll(bound);
        bound.clear();
        windowGroups = new ArrayList<>();
        windowParas = new ArrayList<>();
        floor = null;
    }

    /** The line belongs to a fragment waiting for its place. */
    boolean pending(int line) {
        return pendingFragment != null && pendingFragment[line];
    }
}
