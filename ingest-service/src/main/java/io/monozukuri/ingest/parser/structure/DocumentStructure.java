package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.structure.Model.ChapterNode;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import io.monozukuri.ingest.parser.text.ReadingText;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5: the structure of the measures part, from the events of the reading to the document tree, in order:
 * the structure pass ({@link StructurePass}: outline, item grouping, reading flow, windows with subsection matching
 * and item-less subsections), the placement of fragments ({@link FragmentPlacement}) and the claims of measures
 * printed without text ({@link ParagraphClaims}). Each stage is its own object; they share the tree being built
 * ({@link Outline}, {@link Reading}) explicitly.
 */
public final class DocumentStructure {

    /** The document tree: chapters (with sections), subsections (printed or inferred), items and sub-items. */
    public record Tree(List<ChapterNode> chapters, List<SubNode> subsections, List<Node> nodes) {}

    private DocumentStructure() {}

    /** The events of the reading before logical line {@code end} (the award table), in order. */
    public static List<Event> events(ReadingText reading, int end) {
        List<Event> out = new ArrayList<>();
        for (ReadingText.Token t : reading.tokens) {
            if (t.start() >= end) {
                break;
            }
            EventKind kind =
                    switch (t.kind()) {
                        case CHAPTER -> EventKind.CHAPTER;
                        case SECTION -> EventKind.SECTION;
                        case SUBSECTION -> EventKind.SUBSECTION;
                        case ITEM -> EventKind.ITEM;
                        case SUBITEM -> EventKind.SUBITEM;
                        case TEXT -> EventKind.TEXT;
                    };
            out.add(new Event(kind, t.num(), t.text(), t.start(), t.end()));
        }
        return out;
    }

    /**
     * The tree of the events; the chapter heading that opens the award table (at logical line {@code awardStart},
     * -1 when none) is added to the chapters.
     */
    public static Tree read(
            List<Event> events, LogicalLines lines, int awardStart, MinistryRegistry registry, Warnings warnings) {
        HeadingClauses clauses = new HeadingClauses(registry, lines, warnings);
        Reading reading = new Reading();
        Outline outline = new Outline(clauses, lines, warnings);
        SentenceJoins joins = new SentenceJoins(lines, reading);
        ItemGrouping grouping = new ItemGrouping(reading, clauses, lines, warnings);
        SentenceFlow flow = new SentenceFlow(reading, joins, lines, warnings);
        WindowCloser windows =
                new WindowCloser(reading, outline, clauses, new ItemlessSubsections(lines, warnings), lines, warnings);
        new StructurePass(reading, outline, grouping, flow, windows, lines, warnings).run(events);

        List<Node> withSubsections = new ArrayList<>(reading.nodes);
        for (SubNode sn : outline.subsections) {
            withSubsections.add(sn.self);
        }
        new FragmentPlacement(reading, joins, lines, warnings).place(withSubsections);
        new ParagraphClaims(lines).claim(reading.nodes);

        if (awardStart >= 0) {
            awardChapter(outline, lines, awardStart);
        }
        return new Tree(outline.chapters, outline.subsections, reading.nodes);
    }

    private static void awardChapter(Outline outline, LogicalLines lines, int awardStart) {
        for (int c = awardStart; c < Math.min(lines.count(), awardStart + 15); c++) {
            int num = HeadingMarks.chapterNum(lines.text(c));
            if (num > 0) {
                int k = lines.nextContent(c, 3);
                outline.chapter(num, k >= 0 ? io.monozukuri.ingest.parser.TextNorm.title(lines.text(k)) : null);
                return;
            }
        }
    }
}
