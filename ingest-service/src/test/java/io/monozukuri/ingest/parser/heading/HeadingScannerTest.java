package io.monozukuri.ingest.parser.heading;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 3: the headings found in any layout, and the text cut into sentences. */
class HeadingScannerTest {

    static List<String> tokens(String text) {
        ReadingText r = HeadingScanner.scan(SourceLines.of(text), Pieces.of(SourceLines.of(text)));
        return r.tokens.stream()
                .map(t -> t.kind() + (t.num() > 0 ? String.valueOf(t.num()) : "") + " "
                        + (t.text() == null ? r.text.get(t.start()) : t.text()))
                .toList();
    }

    @Test
    void aTitleWrappedByTheLineWidthEndsWhereItsTextBegins() {
        // printed 14 characters wide: the width is read from the lines themselves
        String wrapped = "（3）国家基幹技術の開発・利\n用によるものづくり基盤の強\n化\n①大型放射光施設（SPring\n"
                + "-8）の整備・共用（95億18\n百万円）\n施設の整備を進め、利用者の研\n究を支援した。施設は大学や企\n"
                + "業の研究者が利用している。\n";
        assertThat(tokens(wrapped))
                .containsExactly(
                        "ITEM3 国家基幹技術の開発・利用によるものづくり基盤の強化",
                        "SUBITEM1 大型放射光施設（SPring-8）の整備・共用（95億18百万円）",
                        "TEXT 施設の整備を進め、利用者の研究を支援した。",
                        "TEXT 施設は大学や企業の研究者が利用している。");
        assertThat(tokens("（1）公共職業訓練の推進公共職業能力開発施設では、訓練を実施した。\n"))
                .containsExactly("ITEM1 公共職業訓練の推進", "TEXT 公共職業能力開発施設では、訓練を実施した。");
        assertThat(tokens("（2）戦略的な推進（45億円）我が国企業の技術を普及した。\n"))
                .containsExactly("ITEM2 戦略的な推進（45億円）", "TEXT 我が国企業の技術を普及した。");
    }

    @Test
    void unmarkedSubsectionHeadingsWithoutEmptyLines() {
        assertThat(tokens("第1節 研究開発の推進等\nものづくり基盤技術に関する研究開発の\n実施及びその普及1\n（1）事業\n"))
                .containsExactly("SECTION1 研究開発の推進等", "SUBSECTION1 ものづくり基盤技術に関する研究開発の実施及びその普及", "ITEM1 事業");
        assertThat(tokens("を取りまとめた。\n資金繰り対策1 工場等の復旧への支援2\n（1）事業\n"))
                .containsExactly("TEXT を取りまとめた。", "SUBSECTION1 資金繰り対策", "SUBSECTION2 工場等の復旧への支援", "ITEM1 事業");
        // a sentence that goes on after a line ending with a number is not a heading
        assertThat(tokens("政府は 2020\n年に策定した。\n")).containsExactly("TEXT 政府は 2020年に策定した。");
        assertThat(tokens("（1）事業\n二酸化炭素の約\n3 割を削減することを目指\nして開発した。\n"))
                .containsExactly("ITEM1 事業", "TEXT 二酸化炭素の約3 割を削減することを目指して開発した。");
    }

    @Test
    void sentencesAreCutAtSentenceEndsAndWhereTwoFragmentsMeet() {
        assertThat(tokens("（1）事業\n一つ目の文。二つ目の\n文である。\n")).containsExactly("ITEM1 事業", "TEXT 一つ目の文。", "TEXT 二つ目の文である。");
        // …仕掛けを + は 10％… : two particles cannot follow each other
        assertThat(tokens("（1）事業\n加速させる仕掛けを\nは 10％の税額控除を講じた。\n"))
                .containsExactly("ITEM1 事業", "TEXT 加速させる仕掛けを", "TEXT は 10％の税額控除を講じた。");
        // a quote left open at a sentence end: the fragment starts at the line opening with a particle
        assertThat(tokens("（1）事業\nまた、「活力向上のため\nを行って事業を実施した。\n"))
                .containsExactly("ITEM1 事業", "TEXT また、「活力向上のため", "TEXT を行って事業を実施した。");
    }

    @Test
    void blocksJoinedIntoOneLineAreReadAsTheirHeadingsAndSentences() {
        assertThat(
                        tokens(
                                "（1）研究開発税制等（中小企業技術基盤強化税制）試験研究費の総額に応じて税額控除を認める制度。（2）ものづくり基盤技術の開発支援　①AIチップの開発（133億円）IoT社会の到来に備えた。\n"))
                .containsExactly(
                        "ITEM1 研究開発税制等（中小企業技術基盤強化税制）",
                        "TEXT 試験研究費の総額に応じて税額控除を認める制度。",
                        "ITEM2 ものづくり基盤技術の開発支援",
                        "SUBITEM1 AIチップの開発（133億円）",
                        "TEXT IoT社会の到来に備えた。");
        // a subsection number followed by text of another block; a stack glued without spaces
        assertThat(tokens("人材確保の支援1\n景気循環に対応した雇用の維持・安定対策2者等に対し、再就職を支援した。\n"))
                .containsExactly("SUBSECTION1 人材確保の支援", "SUBSECTION2 景気循環に対応した雇用の維持・安定対策", "TEXT 者等に対し、再就職を支援した。");
        assertThat(tokens("専修学校教育において講じた施策2高等専門学校において講じた施策3\n（1）事業\n"))
                .containsExactly("SUBSECTION2 専修学校教育において講じた施策", "SUBSECTION3 高等専門学校において講じた施策", "ITEM1 事業");
    }
}
