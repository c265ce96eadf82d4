package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.structure.Model.EventKind;
import org.junit.jupiter.api.Test;

/** Whether a paragraph goes on with a node's open sentence, and how well the words across the join fit. */
class SentenceJoinsTest {

    @Test
    void aParagraphOpeningMidSentenceGoesOnWithAnOpenSentenceOnly() {
        Fixture f = new Fixture("（1）甲事業\n本文である。\n\nを支援した。\n\n（2）乙事業\n事業者の活力向上のため\n");
        var items = f.of(EventKind.ITEM);
        var texts = f.of(EventKind.TEXT);
        f.grouping.onItem(items.get(0));
        var closed = f.reading.node;
        closed.text.add(texts.get(0).start);
        f.grouping.onItem(items.get(1));
        var open = f.reading.node;
        open.text.add(texts.get(2).start);
        int tail = texts.get(1).start;
        assertThat(f.joins.continuation(tail)).isTrue(); // it opens with a particle
        assertThat(f.joins.dangling(closed)).isFalse();
        assertThat(f.joins.dangling(open)).isTrue();
        assertThat(f.joins.canContinue(closed, tail)).isFalse();
        assertThat(f.joins.canContinue(open, tail)).isTrue();
        assertThat(f.joins.lastLine(open)).isEqualTo(texts.get(2).start);
    }

    @Test
    void quotesMustAgreeAcrossTheJoin() {
        assertThat(SentenceJoins.unmatchedClosing("礎コース」がある。", '「', '」')).isEqualTo(1);
        assertThat(SentenceJoins.unclosed("「基", '「', '」')).isEqualTo(1);
        assertThat(SentenceJoins.unclosed("「基礎」", '「', '」')).isZero();
    }
}
