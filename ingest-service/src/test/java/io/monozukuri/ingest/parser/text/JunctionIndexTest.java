package io.monozukuri.ingest.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The document's vocabulary: a word printed elsewhere, a junction of two texts printed nowhere else. */
class JunctionIndexTest {

    @Test
    void aJunctionIsPrintedNowhereElseAWordIs() {
        JunctionIndex idx = JunctionIndex.of("医療機器産業の振興日本の優れた技術。研究開発税制の対象とした。（1）研究開発税制等");
        String w = "（1）研究開発税制等";
        assertThat(idx.elsewhere(w, 7)).isEqualTo(1); // 研究開発|税制: printed in a sentence too
        assertThat(idx.elsewhere("医療機器産業の振興日本", 9)).isZero(); // 振興|日本: only here
        assertThat(idx.insideWord("労働大学等の", 2)).isFalse();
        assertThat(idx.insideWord("研究開発税制", 4)).isTrue();
    }

    @Test
    void theSameHeadingPrintedAgainIsNotAnotherContext() {
        JunctionIndex idx = JunctionIndex.of("②信用保証による資金繰り対策平成30年。②信用保証による資金繰り対策平成30年。");
        assertThat(idx.elsewhere("②信用保証による資金繰り対策平成", 14)).isZero();
    }

    @Test
    void aTextRepeatingItselfIsCountedUpToACap() {
        JunctionIndex idx = JunctionIndex.of("中小企業。".repeat(10_000));
        assertThat(idx.elsewhere("の中小企業", 3)).isLessThanOrEqualTo(JunctionIndex.MAX_WALK);
    }
}
