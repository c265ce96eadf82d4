package io.monozukuri.ingest.parser.heading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a title printed on one line with its body ends; what an unmarked subsection heading is. */
class TitleSplitTest {

    static String title(String s) {
        int e = TitleSplit.titleEnd(s);
        return e < 0 ? s : s.substring(0, e);
    }

    @Test
    void afterTheClausesOrAfterAWordThatEndsTitles() {
        assertThat(title("研究開発税制等（中小企業技術基盤強化税制）（1億円）試験研究費の総額に応じて控除する。")).isEqualTo("研究開発税制等（中小企業技術基盤強化税制）（1億円）");
        assertThat(title("元素戦略（16億円）＜経産省、文科省＞我が国の産業競争力を強化した。")).isEqualTo("元素戦略（16億円）＜経産省、文科省＞");
        assertThat(title("公共職業訓練の推進公共職業能力開発施設では、訓練を実施した。")).isEqualTo("公共職業訓練の推進");
        assertThat(title("社内検定認定制度の推進社内検定認定制度は、能力を評価する。")).isEqualTo("社内検定認定制度の推進");
        assertThat(title("オープンイノベーション促進税制2020 年度税制改正において、拡充した。")).isEqualTo("オープンイノベーション促進税制");
        assertThat(TitleSplit.titleEnd("講習会、セミナーの開催等（9億円の内数）")).isEqualTo(-1);
    }

    @Test
    void subsectionHeadingsNumberLastOrFirst() {
        assertThat(SubsectionHeadings.numberLast("資金繰り対策1 工場等の復旧への支援2"))
                .extracting(SubsectionHeadings.Sub::num)
                .containsExactly(1, 2);
        assertThat(SubsectionHeadings.numberLast("外国人技能実習制度（64億4百万円）3")).hasSize(1);
        assertThat(SubsectionHeadings.numberLast("政府は 2020")).isNull();
        assertThat(SubsectionHeadings.numberLast("る基盤性と、国際的な動向をかんがみ、政府は2020")).isNull();
        assertThat(SubsectionHeadings.numberFirst("1 新たな集積の促進又は既存集積の機能強化及び")).isNotNull();
        assertThat(SubsectionHeadings.numberFirst("9 億 78 百万円 (2021 年 1 月末時点 )）"))
                .isNull();
        assertThat(SubsectionHeadings.numberFirst("3 割を削減することを目指")).isNull();
    }
}
