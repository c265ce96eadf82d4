package io.monozukuri.ingest.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 2: pieces — heading marks inside a line cut it, layout noise is dropped, page marks are kept as hints. */
class PiecesTest {

    static List<String> texts(String text) {
        return Pieces.of(SourceLines.of(text)).list.stream()
                .map(Pieces.Piece::text)
                .toList();
    }

    @Test
    void headingMarksInsideALineCutItButNotInsideBracketsOrAfterAComma() {
        assertThat(texts("（1）研究開発税制等（1億円）本文である。（2）次の事業\n")).containsExactly("（1）研究開発税制等（1億円）本文である。", "（2）次の事業");
        assertThat(texts("（4）提案公募型の技術開発支援①中小企業技術革新制度\n")).containsExactly("（4）提案公募型の技術開発支援", "①中小企業技術革新制度");
        assertThat(texts("振興基準に、①知的財産の取扱い、②手形等の支払を追記した。\n")).hasSize(1);
        assertThat(texts("事業（再掲　第2部第1章第1節3.（6）①参照）\n")).hasSize(1);
        assertThat(texts("の推進等第1節 次の節の題\n")).containsExactly("の推進等", "第1節 次の節の題");
    }

    @Test
    void sideTabsAndFuriganaAreNoise() {
        assertThat(texts("社会の実現5 第\n２\n節\n に応じた事業。\n")).containsExactly("社会の実現5 第", "に応じた事業。");
        assertThat(texts("社会の実現5 第２節 に応じた事業。\n")).containsExactly("社会の実現5", "に応じた事業。");
        assertThat(texts("スーパーコンピュータ「富\n\nふ が く\n岳」を開発\n")).containsExactly("スーパーコンピュータ「富", "岳」を開発");
        assertThat(texts("スーパーコンピュータ「富ふ が く岳」を開発\n")).containsExactly("スーパーコンピュータ「富岳」を開発");
        assertThat(texts("年 度 に は、成果を得た。\n")).containsExactly("年 度 に は、成果を得た。");
    }

    @Test
    void sourceLinesKeepPageMarksAndHints() {
        SourceLines s = SourceLines.of("一\n\n 二\n\u3000三\n");
        assertThat(s.count).isEqualTo(4);
        assertThat(s.pageStart).containsExactly(false, false, true, false);
        assertThat(s.page).containsExactly(1, 1, 2, 2);
        assertThat(s.emptyBefore[2]).isTrue();
        assertThat(s.indent[3]).isTrue();
        assertThat(SourceLines.of("一\n二\n").hasPages).isFalse();
    }

    @Test
    void linesCutByAFixedWidthAreJoinedBackAndHintsAreKept() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            b.append("一二三四五六七八九十一二三四五\n六七八。\n"); // a 18-character line cut at 15
        }
        SourceLines src = SourceLines.of(b.toString());
        assertThat(PrintedLines.wrapWidth(src)).isEqualTo(15);
        Pieces p = Pieces.of(src);
        assertThat(p.list.get(0).text()).isEqualTo("一二三四五六七八九十一二三四五六七八。");
        assertThat(p.list.get(0).line()).isZero();
        assertThat(p.list.get(0).lastLine()).isEqualTo(1);
        assertThat(p.list.get(0).lineAt(15)).isEqualTo(1);
        // printed text (full lines of varying length: the sample) is not re-joined
        assertThat(PrintedLines.wrapWidth(SourceLines.of(sample()))).isZero();
    }

    @Test
    void aLineEndBeforeTheWidthIsAHint() {
        Pieces p = Pieces.of(SourceLines.of("①甲特別貸付\n甲豪雨の被害を受けた事業者の資金繰りを支援した事業である。\n"));
        assertThat(p.list.get(0).hardEnd()).isTrue();
        assertThat(p.list.get(1).hardEnd()).isFalse();
    }

    @Test
    void aSentenceEndCutsAJoinedLineAndMarksInsideItToo() {
        assertThat(texts("を実施した。産業界の取組に関する支援3\n")).containsExactly("を実施した。", "産業界の取組に関する支援3");
        assertThat(texts("を含む　③次世代人工知能の開発（17億円）\n")).containsExactly("を含む", "③次世代人工知能の開発（17億円）");
        assertThat(texts("ものづくり分野の主な表彰等制度表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等\n"))
                .containsExactly("ものづくり分野の主な表彰等制度", "表彰制度名 表彰対象・概要 担当省庁 交付賞 頻度等");
    }

    static String sample() {
        try (var in = PiecesTest.class.getResourceAsStream("/parser/fy2020.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
