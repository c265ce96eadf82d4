package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import org.junit.jupiter.api.Test;

/** Stage 5b: items group by their numbering, sub-items join the item whose list they continue. */
class ItemGroupingTest {

    @Test
    void aRestartAtOneOpensAGroupAndNPlusOneJoinsTheGroupEndingWithN() {
        Fixture f = new Fixture("（1）甲事業\n（2）乙事業\n（1）丙事業\n（3）丁事業\n");
        for (Event e : f.of(EventKind.ITEM)) {
            f.grouping.onItem(e);
        }
        assertThat(f.reading.windowGroups).hasSize(2);
        assertThat(f.reading.windowGroups.get(0).items)
                .extracting(n -> n.parsed.title())
                .containsExactly("甲事業", "乙事業", "丁事業");
        assertThat(f.reading.windowGroups.get(1).items).extracting(n -> n.num).containsExactly(1);
    }

    @Test
    void subItemsFollowTheirItemAndACircledNumberThatContinuesNoListIsText() {
        Fixture f = new Fixture("（1）甲事業\n①一つ目\n②二つ目\n④四つ目\n");
        f.grouping.onItem(f.of(EventKind.ITEM).get(0));
        var subs = f.of(EventKind.SUBITEM);
        assertThat(f.grouping.onSubitem(subs.get(0))).isTrue();
        assertThat(f.grouping.onSubitem(subs.get(1))).isTrue();
        assertThat(f.grouping.onSubitem(subs.get(2))).isFalse();
        assertThat(f.reading.item.children).extracting(n -> n.num).containsExactly(1, 2);
        assertThat(f.warnings.sorted()).anySatisfy(w -> assertThat(w.code()).isEqualTo("NUMBERING_GAP"));
    }

    @Test
    void aGroupTakesASubsectionHeadingPrintedBeforeIt() {
        Fixture f = new Fixture("第 1 章\n\n題\n第1節 節\n\n施策の実施1\n\n（1）甲事業\n");
        f.outline.createSections(f.events.subList(0, 3));
        var sec = f.outline.sections.get(0);
        f.reading.leadingSlots.add(
                f.outline.newSubsection(sec, 1, f.of(EventKind.SUBSECTION).get(0), false));
        f.grouping.onItem(f.of(EventKind.ITEM).get(0));
        assertThat(f.reading.bound).hasSize(1);
        assertThat(f.reading.bound.get(0).sub.num).isEqualTo(1);
        assertThat(f.reading.windowGroups).isEmpty();
    }
}
