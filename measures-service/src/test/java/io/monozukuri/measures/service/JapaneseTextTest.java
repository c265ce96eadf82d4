package io.monozukuri.measures.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void normalisesWidthCaseAndSpaces() {
        assertThat(JapaneseText.normalize("ＡＩ チップ\n等の\uFFFD開発")).isEqualTo("aiチップ等の開発");
        assertThat(JapaneseText.normalize("ﾎﾟｽﾄ５Ｇ")).isEqualTo("ポスト5g");
        assertThat(JapaneseText.words("量子　ＡＩ  量子 ")).containsExactly("量子", "ai");
    }

    @Test
    void bigramQueryQuotesEveryLexeme() {
        assertThat(JapaneseText.bigramQuery(List.of("量子技術"))).isEqualTo("'量子' & '子技' & '技術'");
        assertThat(JapaneseText.bigramQuery(List.of("a'b"))).isEqualTo("'a''' & '''b'");
        assertThat(JapaneseText.bigramQuery(List.of("鉄"))).isNull();
    }

    @Test
    void snippetMarksHitsOnTheOriginalText() {
        String text = "革新的 ＡＩチップに係るコンピューティング技術";
        assertThat(JapaneseText.snippet(text, List.of("aiチップ"), 80)).isEqualTo("革新的 【ＡＩチップ】に係るコンピューティング技術");
        assertThat(JapaneseText.snippet(text, List.of("量子"), 80)).isNull();
        String longText = "あ".repeat(100) + "量子" + "い".repeat(100);
        String snippet = JapaneseText.snippet(longText, List.of("量子"), 40);
        assertThat(snippet).startsWith("…").endsWith("…").contains("【量子】");
        assertThat(snippet.length()).isLessThan(50);
    }
}
