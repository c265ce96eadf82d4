package io.monozukuri.ingest.parser.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 5a: chapters and sections as their headings are read. */
class OutlineTest {

    @Test
    void aSectionPrintedBeforeItsChapterHeadingGoesOnTheChapterWhoseNumberingItContinues() {
        Fixture f = new Fixture("第 1 章\n\n一章の題\n第1節 一の一\n\n第2節 一の二\n第 2 章\n\n二章の題\n第1節 二の一\n");
        List<SectionNode> first = f.outline.createSections(f.events.subList(0, 2)); // 第1章, 第1節
        assertThat(first).extracting(s -> s.chapter.num + "-" + s.num).containsExactly("1-1");
        // 第2節 of chapter 1 is printed right before 第 2 章
        List<SectionNode> second = f.outline.createSections(f.events.subList(2, f.events.size()));
        assertThat(second).extracting(s -> s.chapter.num + "-" + s.num).containsExactly("1-2", "2-1");
        assertThat(f.outline.currentChapter.num).isEqualTo(2);
        assertThat(f.outline.pending).extracting(SectionNode::order).containsExactly(1001, 1002, 2001);
    }

    @Test
    void aSectionPrintedTwiceIsReported() {
        Fixture f = new Fixture("第 1 章\n\n題\n第1節 一の一\n");
        f.outline.createSections(f.events);
        f.outline.createSections(f.of(EventKind.SECTION));
        assertThat(f.outline.sections).hasSize(1);
        assertThat(f.warnings.sorted()).anySatisfy(w -> assertThat(w.code()).isEqualTo("DUPLICATE_HEADING"));
    }

    @Test
    void theCurrentSectionIsTheLatestHoldingASubsectionAndPendingSectionsAreUsedInOrder() {
        Fixture f = new Fixture("第 1 章\n\n題\n第1節 一の一\n\n第2節 一の二\n");
        f.outline.createSections(f.events);
        assertThat(f.outline.ensureSection().num).isEqualTo(1); // the first pending one
        SectionNode two = f.outline.sections.get(1);
        f.outline.newSubsection(two, 1, null, true);
        f.outline.advance();
        assertThat(f.outline.current).isSameAs(two);
        assertThat(f.outline.pending).isEmpty(); // 1-1 was passed, 1-2 is used
    }
}
