package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stages 5c, 5f, 5g, 5h: the pass over a reading with headings stacked after their items. */
class StructurePassTest {

    @Test
    void aStackPrintedAfterItsItemsHeadsThemAndAHeadingWithoutItemsTakesItsParagraph() {
        Fixture f = new Fixture("第 1 章\n\n題\n第1節 節の題\n\n"
                + "（1）水素ステーションの整備\n水素の供給を支援するため、全国の水素ステーションの整備に要する経費の一部を"
                + "補助し、水素ステーションの整備を促進するとともに、水素の供給の低コスト化に向けた技術開発を行った。\n\n"
                + "また、燃料電池の普及に向けて広報を行った。\n\n"
                + "燃料電池の普及啓発1 水素社会の実現2\n");
        f.pass.run(f.events);
        List<SubNode> subs = f.outline.subsections.stream()
                .sorted(Comparator.comparingInt((SubNode s) -> s.num))
                .toList();
        assertThat(subs)
                .extracting(s -> s.num + " " + s.self.parsed.title())
                .containsExactly("1 燃料電池の普及啓発", "2 水素社会の実現");
        assertThat(subs.get(1).group.items).extracting(n -> n.parsed.title()).containsExactly("水素ステーションの整備");
        assertThat(f.text(subs.get(0).self)).isEqualTo("また、燃料電池の普及に向けて広報を行った。");
    }

    @Test
    void numberingThatRestartsWithoutAHeadingIsAnInferredSubsection() {
        Fixture f = new Fixture("第 1 章\n\n題\n第1節 節の題\n\n最初の施策1\n\n（1）甲事業\n本文。\n\n（1）乙事業\n本文。\n");
        f.pass.run(f.events);
        assertThat(f.outline.subsections)
                .extracting(s -> s.num + (s.inferred ? " inferred" : ""))
                .containsExactly("1", "2 inferred");
        assertThat(f.warnings.sorted()).anySatisfy(w -> assertThat(w.code()).isEqualTo("SUBSECTION_INFERRED"));
    }

    @Test
    void aParagraphThatStartsMidSentenceGoesOnWithTheOpenSentenceOfItsNode() {
        Fixture f =
                new Fixture("第 1 章\n\n題\n第1節 節\n\n施策の実施1\n\n（1）甲事業\n甲の事業者に対し、\n\n" + "（2）乙事業\n乙の本文である。\n\n を支援した。\n");
        f.pass.run(f.events);
        var items = f.reading.nodes;
        assertThat(f.text(items.get(0))).isEqualTo("甲の事業者に対し、を支援した。");
        assertThat(f.text(items.get(1))).isEqualTo("乙の本文である。");
    }
}
