package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.structure.Model.Node;
import org.junit.jupiter.api.Test;

/** Stage 5 as a whole, with 5d (fragments placed after the pass) and 5i (claims of measures without text). */
class DocumentStructureTest {

    private static DocumentStructure.Tree read(Fixture f) {
        return DocumentStructure.read(f.events, f.lines, -1, MinistryRegistry.standard(), f.warnings);
    }

    private static Node node(DocumentStructure.Tree t, String title) {
        return t.nodes().stream()
                .filter(n -> n.parsed.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFragmentReadBeforeTheSentenceItEndsIsPlacedAfterThePass() {
        // "を支援した。" is printed before the item whose sentence it ends (the other column of a page)
        Fixture f = new Fixture(
                "第 1 章\n\n題\n第1節 節\n\n施策の実施1\n\n（1）甲事業\n甲の本文である。\n\n" + " を無保証人で支援した。\n\n（2）乙事業\n乙の事業者に対し、\n");
        DocumentStructure.Tree t = read(f);
        assertThat(f.text(node(t, "甲事業"))).isEqualTo("甲の本文である。");
        assertThat(f.text(node(t, "乙事業"))).isEqualTo("乙の事業者に対し、を無保証人で支援した。");
    }

    @Test
    void aMeasurePrintedWithoutTextClaimsTheParagraphThatNamesIt() {
        Fixture f = new Fixture("第 1 章\n\n題\n第1節 節\n\n施策の実施1\n\n（1）資金繰り支援\n①甲特別貸付\n"
                + "甲豪雨の被害を受けた事業者への資金繰りを支援した。\n\n②マル経融資の貸付限度額の拡充\n\n"
                + "（1）乙再建支援事業\n乙豪雨の被害を受けた事業者の再建を支援した。\n\n"
                + "新型の感染症の影響を受けた事業者に、マル経融資の貸付限度の拡充を実施した。\n");
        DocumentStructure.Tree t = read(f);
        assertThat(f.text(node(t, "マル経融資の貸付限度額の拡充"))).startsWith("新型の感染症");
        assertThat(f.text(node(t, "乙再建支援事業"))).isEqualTo("乙豪雨の被害を受けた事業者の再建を支援した。");
    }

    @Test
    void theAwardChapterIsAddedToTheOutline() {
        Fixture f = new Fixture("第 7 章\n\nものづくり分野に関係する主な表彰等制度\n表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等\n");
        DocumentStructure.Tree t =
                DocumentStructure.read(java.util.List.of(), f.lines, 0, MinistryRegistry.standard(), f.warnings);
        assertThat(t.chapters()).extracting(c -> c.num + " " + c.title).containsExactly("7 ものづくり分野に関係する主な表彰等制度");
    }
}
