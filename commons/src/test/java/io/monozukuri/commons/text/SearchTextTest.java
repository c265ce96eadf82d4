package io.monozukuri.commons.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void oneNormalFormForWidthCaseSpacesAndNoise() {
        assertThat(SearchText.key("ＡＩ チップ\n等の\uFFFD開発")).isEqualTo("aiチップ等の開発");
        assertThat(SearchText.key("ﾎﾟｽﾄ５Ｇ")).isEqualTo("ポスト5g");
        assertThat(SearchText.key("もの\u200Bづくり\u3000日本\t大賞")).isEqualTo("ものづくり日本大賞");
        assertThat(SearchText.key(null)).isEmpty();
    }

    @Test
    void indexedTextAndQueryWordsAreMadeByTheSameRules() {
        String indexed = SearchText.indexText("ＡＩチップの開発", null, "量子 コンピュータ");
        assertThat(indexed).isEqualTo("aiチップの開発" + SearchText.FIELD_SEPARATOR + "量子コンピュータ");
        for (String word : SearchText.words("ａｉチップ　量子")) {
            assertThat(indexed).contains(word);
        }
        assertThat(SearchText.words("量子　ＡＩ  量子 ")).containsExactly("量子", "ai");
        assertThat(SearchText.words("   ")).isEmpty();
    }

    @Test
    void snippetMarksHitsOnTheOriginalText() {
        String text = "革新的 ＡＩチップに係るコンピューティング技術";
        assertThat(SearchText.snippet(text, List.of("aiチップ"), 80)).isEqualTo("革新的 【ＡＩチップ】に係るコンピューティング技術");
        assertThat(SearchText.snippet(text, List.of("量子"), 80)).isNull();
        String longText = "あ".repeat(100) + "量子" + "い".repeat(100);
        String snippet = SearchText.snippet(longText, List.of("量子"), 40);
        assertThat(snippet).startsWith("…").endsWith("…").contains("【量子】");
        assertThat(snippet.length()).isLessThan(50);
    }
}
