package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.structure.Model.Group;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.Slot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 5e: groups of items matched to stacked subsection headings by their words, in printed order otherwise. */
class SubsectionMatcherTest {

    private static final String TEXT = "第 1 章\n\n題\n第1節 産業の振興\n\n"
            + "（1）水素ステーションの整備\n水素の供給を支援した。\n\n"
            + "（1）中小企業の海外展開\n海外の市場を開拓した。\n\n"
            + "中小企業の海外展開支援1 水素社会の実現2\n";

    private static Fixture fixture(List<Group> groups, List<Slot> slots) {
        Fixture f = new Fixture(TEXT);
        f.outline.createSections(f.events.subList(0, 2));
        SectionNode sec = f.outline.sections.get(0);
        for (Event e : f.of(EventKind.ITEM)) {
            f.grouping.onItem(e);
        }
        groups.addAll(f.reading.windowGroups);
        for (Group g : groups) {
            g.bigrams = SubsectionMatcher.groupBigrams(g, f.lines);
        }
        for (Event e : f.of(EventKind.SUBSECTION)) {
            slots.add(new Slot(e, List.of(sec), Bigrams.bigrams(f.clauses.of(e).title(), 200)));
        }
        return f;
    }

    @Test
    void theWordsDecideAgainstThePrintedOrder() {
        List<Group> groups = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Fixture f = fixture(groups, slots);
        SubsectionMatcher.Choice[] c = new SubsectionMatcher(f.outline.pending, null).match(groups, slots);
        // the hydrogen group takes "水素社会の実現2", the overseas group "中小企業の海外展開支援1"
        assertThat(slots.get(c[0].slot()).event.num).isEqualTo(2);
        assertThat(slots.get(c[1].slot()).event.num).isEqualTo(1);
    }

    @Test
    void aGroupWithoutAHeadingIsLeftToAnInferredSubsection() {
        List<Group> groups = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Fixture f = fixture(groups, slots);
        SubsectionMatcher.Choice[] c =
                new SubsectionMatcher(f.outline.pending, null).match(groups, slots.subList(0, 1));
        assertThat(c[1].slot()).isZero(); // the overseas group takes the only heading
        assertThat(c[0].slot()).isEqualTo(-1); // the hydrogen group is inferred, in the section of the stack
        assertThat(c[0].section()).isSameAs(f.outline.sections.get(0));
        assertThat(SubsectionMatcher.INFERRED).isLessThan(-SubsectionMatcher.ORDER_BONUS);
    }
}
