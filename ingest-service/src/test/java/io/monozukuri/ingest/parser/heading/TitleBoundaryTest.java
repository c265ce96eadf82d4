package io.monozukuri.ingest.parser.heading;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.heading.TitleBoundary.Evidence;
import io.monozukuri.ingest.parser.text.JunctionIndex;
import org.junit.jupiter.api.Test;

/** Where a title printed without a line end before its body ends, read from the words alone. */
class TitleBoundaryTest {

    /** A document that prints the compound words of these titles in other sentences too. */
    static final JunctionIndex DOC = JunctionIndex.of(
            "研究開発税制の対象とした。人材育成講座を開いた。国際標準化人材育成講座である。" + "限定提供データを保護した。営業秘密管理に関する普及啓発を行った。安全の推進事業を行った。事業場等における活動。");

    static String title(String window) {
        TitleBoundary.Split s = TitleBoundary.find("（1）", window, DOC);
        return s.end() < 0 ? window : window.substring(0, s.end());
    }

    static Evidence evidence(String window) {
        return TitleBoundary.find("（1）", window, DOC).evidence();
    }

    @Test
    void theClausesCloseTheTitle() {
        assertThat(title("研究開発税制等（中小企業技術基盤強化税制）（1億円）試験研究費の総額に応じて控除する。")).isEqualTo("研究開発税制等（中小企業技術基盤強化税制）（1億円）");
        assertThat(title("元素戦略（16億円）＜経産省、文科省＞我が国の産業競争力を強化した。")).isEqualTo("元素戦略（16億円）＜経産省、文科省＞");
        assertThat(evidence("元素戦略（16億円）＜経産省、文科省＞我が国の産業競争力を強化した。")).isEqualTo(Evidence.CLAUSE);
        // a label and an amount after a bracket closed too early still belong to the clause
        assertThat(title("研究開発事業（1,100億円）（2019年度補正）、900億円（2020年度第3次補正）各国で開始した。"))
                .isEqualTo("研究開発事業（1,100億円）（2019年度補正）、900億円（2020年度第3次補正）");
        // an amount in a sentence is not a clause of the title
        assertThat(title("経費（貸付限度額の拡充）できる融資を拡充した（2件、0.1億円）。")).isEqualTo("経費（貸付限度額の拡充）");
    }

    @Test
    void aBodyOpensWithADateANumberAnOpenerOrTheTitlesOwnWords() {
        assertThat(title("模倣品・海賊版対策について2004年8月に窓口を設置した。")).isEqualTo("模倣品・海賊版対策について");
        assertThat(title("二重債務問題対策平成23年に法が成立した。")).isEqualTo("二重債務問題対策");
        assertThat(title("知的資産経営の推進我が国企業における報告書の作成を支援した。")).isEqualTo("知的資産経営の推進");
        assertThat(title("社内検定認定制度の推進社内検定認定制度は、能力を評価する。")).isEqualTo("社内検定認定制度の推進");
        assertThat(title("公共職業訓練の推進公共職業能力開発施設では、訓練を実施した。")).isEqualTo("公共職業訓練の推進");
        assertThat(title("復旧・復興のための支援専門家派遣（独）中小企業基盤整備機構が派遣した。")).isEqualTo("復旧・復興のための支援専門家派遣");
        assertThat(evidence("模倣品・海賊版対策について2004年8月に窓口を設置した。")).isEqualTo(Evidence.BODY_START);
    }

    @Test
    void aBracketGroupAfterATitleWordEndsTheTitleWhenNoParticleFollows() {
        assertThat(title("新事業活動促進資金（財政投融資）中小企業等経営強化法に基づく計画を承認した。")).isEqualTo("新事業活動促進資金（財政投融資）");
        assertThat(title("研究開発税制等（中小企業技術基盤強化税制）試験研究費の総額に応じて控除する。")).isEqualTo("研究開発税制等（中小企業技術基盤強化税制）");
        // an entity prefix opens the body's first name, the group before a particle belongs to the sentence
        assertThat(title("エンジェル税制創業間もない中小企業への個人投資家（エンジェル）による投資を促進した。")).isEqualTo("エンジェル税制");
    }

    @Test
    void aCompoundWordTheDocumentPrintsElsewhereIsNotSplit() {
        // 研究開発|税制 and 人材育成|講座 are printed in other sentences: not a junction
        assertThat(title("若手育成のための国際標準化人材育成講座の実施国際標準化交渉をリードできる人材を育成するため、講座を開いた。"))
                .isEqualTo("若手育成のための国際標準化人材育成講座の実施");
        assertThat(title("限定提供データに関する取組IoT、ビッグデータ、AI等の活用が進展する社会に対応した。")).isEqualTo("限定提供データに関する取組");
        assertThat(evidence("医療機器産業の振興日本の優れた技術を活用した。")).isEqualTo(Evidence.WORDS);
        assertThat(title("医療機器産業の振興日本の優れた技術を活用した。")).isEqualTo("医療機器産業の振興");
    }

    @Test
    void withoutEvidenceTheWordsGuessAndSaySo() {
        TitleBoundary.Split s = TitleBoundary.find("（4）", "あんぜんプロジェクト等の推進事業場等における安全活動の活性化のため、", DOC);
        assertThat(s.evidence()).isEqualTo(Evidence.GUESS);
        assertThat(s.uncertain()).isTrue();
        // no body sentence in the window: all of it is the title
        assertThat(TitleBoundary.find("①", "中小企業技術革新制度", DOC).evidence()).isEqualTo(Evidence.NONE);
        // a line end that came before the width decides where the words cannot
        TitleBoundary.Split hinted = TitleBoundary.find("①", "甲特別貸付甲豪雨の被害を受けた事業者", new int[] {5}, DOC);
        assertThat(hinted.end()).isEqualTo(5);
        assertThat(hinted.evidence()).isEqualTo(Evidence.LINE_END);
    }

    @Test
    void neverInsideBracketsWordsOrNumbers() {
        assertThat(title("大型放射光施設（SPring-8）の整備・共用（95億円）利用者の研究を支援した。")).isEqualTo("大型放射光施設（SPring-8）の整備・共用（95億円）");
        assertThat(title("令和2年7月豪雨特別貸付（財政投融資）被災者を支援した。")).isEqualTo("令和2年7月豪雨特別貸付（財政投融資）");
    }
}
