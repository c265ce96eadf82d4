package io.monozukuri.ingest.parser.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.ParsedMeasure;
import io.monozukuri.ingest.parser.Recruitment;
import io.monozukuri.ingest.parser.RecruitmentMethod;
import io.monozukuri.ingest.parser.ReportParser;
import io.monozukuri.ingest.parser.SchemeStatus;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.heading.HeadingScanner;
import io.monozukuri.ingest.parser.structure.DocumentStructure;
import io.monozukuri.ingest.parser.structure.LogicalLines;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 7: measures in code order with their clauses, descriptions, sources and award-scheme links. */
class MeasureAssemblyTest {

    private static List<ParsedMeasure> measures(String text, List<ParsedAwardScheme> schemes) {
        SourceLines src = SourceLines.of(ReportParser.normalize(text));
        ReadingText r = HeadingScanner.scan(src, Pieces.of(src));
        LogicalLines lines = LogicalLines.of(r, src);
        Warnings w = new Warnings();
        DocumentStructure.Tree tree = DocumentStructure.read(
                DocumentStructure.events(r, lines.count()), lines, -1, MinistryRegistry.standard(), w);
        return MeasureAssembly.build(tree, lines, schemes, w);
    }

    private static ParsedAwardScheme scheme(String name) {
        return new ParsedAwardScheme(
                name,
                null,
                null,
                null,
                List.of(),
                null,
                new Recruitment(RecruitmentMethod.NONE, null),
                null,
                null,
                SchemeStatus.ACTIVE,
                null,
                null);
    }

    @Test
    void codesClausesDescriptionsSourcesAndLinks() {
        String t = "第 1 章\n\n題\n第1節 節の題\n\n施策の実施1\n\n"
                + "（1）日本大賞の実施（1億円）＜経産省＞\n第9回ものづくり日本大賞を実施した。\n\n　次回も実施する。\n"
                + "①関連事業\n本文である。\n";
        List<ParsedMeasure> m = measures(t, List.of(scheme("ものづくり日本大賞"), scheme("ロボット大賞")));
        assertThat(m).extracting(ParsedMeasure::code).containsExactly("1-1-1", "1-1-1-(1)", "1-1-1-(1)-①");
        ParsedMeasure item = m.get(1);
        assertThat(item.parentCode()).isEqualTo("1-1-1");
        assertThat(item.title()).isEqualTo("日本大賞の実施");
        assertThat(item.budgets()).extracting(b -> b.amountYen()).containsExactly(100_000_000L);
        assertThat(item.ministries()).extracting(x -> x.code()).containsExactly("METI");
        assertThat(item.description()).isEqualTo("第9回ものづくり日本大賞を実施した。\n次回も実施する。");
        assertThat(item.source().lineStart()).isEqualTo(8);
        assertThat(item.source().lineEnd()).isEqualTo(11);
        assertThat(item.awardSchemeNames()).containsExactly("ものづくり日本大賞");
        assertThat(m.get(0).hasBody()).isFalse();
        assertThat(m.get(2).section().title()).isEqualTo("節の題");
    }
}
