package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.SourceRef;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import org.junit.jupiter.api.Test;

/** Stage 4: logical lines keep their source lines, pages and paragraph hints. */
class LogicalLinesTest {

    @Test
    void sourceLinesPagesAndParagraphBreaks() {
        Fixture f = new Fixture("（1）甲事業\n一つ目の文。二つ目の\n文である。\n\n 三つ目の文。\n");
        var texts = f.of(EventKind.TEXT);
        assertThat(texts).hasSize(3);
        int a = texts.get(0).start;
        int b = texts.get(1).start;
        int c = texts.get(2).start;
        assertThat(f.lines.sourceRef(b, b)).isEqualTo(new SourceRef(2, 3, 1));
        assertThat(f.lines.sourceRef(c, c)).isEqualTo(new SourceRef(5, 5, 2)); // a page mark: page 2
        assertThat(f.lines.paragraphBreak(a, b)).isFalse(); // same printed paragraph
        assertThat(f.lines.paragraphBreak(b, c)).isTrue(); // an empty line and a page start between
        assertThat(LogicalLines.sentenceBreak(f.lines, a, b)).isTrue();
        assertThat(f.lines.warningLine(-1)).isZero();
    }
}
