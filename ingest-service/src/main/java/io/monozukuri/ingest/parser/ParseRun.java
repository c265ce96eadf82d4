package io.monozukuri.ingest.parser;

import io.monozukuri.ingest.parser.assembly.MeasureAssembly;
import io.monozukuri.ingest.parser.award.AwardTable;
import io.monozukuri.ingest.parser.heading.HeadingScanner;
import io.monozukuri.ingest.parser.structure.DocumentStructure;
import io.monozukuri.ingest.parser.structure.LogicalLines;
import io.monozukuri.ingest.parser.structure.Model.ChapterNode;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parse of one text: the stages of the pipeline in order (see PARSER.md), each its own object with explicit
 * inputs and outputs. Not thread safe, used once.
 */
final class ParseRun {

    private final String norm;
    private final String hash;
    private final MinistryRegistry registry;

    ParseRun(String norm, String hash, MinistryRegistry registry) {
        this.norm = norm;
        this.hash = hash;
        this.registry = registry;
    }

    ParseResult run() {
        Warnings warnings = new Warnings();
        SourceLines src = SourceLines.of(norm); // 1
        Pieces pieces = Pieces.of(src); // 2
        ReadingText reading = HeadingScanner.scan(src, pieces); // 3
        for (String[] w : reading.warnings) {
            warnings.add(Integer.parseInt(w[0]) + 1, w[1], w[2]);
        }
        LogicalLines lines = LogicalLines.of(reading, src); // 4
        int awardStart = AwardTable.start(lines);
        DocumentStructure.Tree tree = DocumentStructure.read( // 5
                DocumentStructure.events(reading, awardStart < 0 ? lines.count() : awardStart),
                lines,
                awardStart,
                registry,
                warnings);
        List<ParsedAwardScheme> schemes = AwardTable.read(lines, awardStart, registry, warnings); // 6
        List<ParsedMeasure> measures = MeasureAssembly.build(tree, lines, schemes, warnings); // 7
        ReportHeader header = ReportHeader.of(src); // 8
        List<ParsedChapter> outline = outline(tree);
        List<ParseWarning> sorted = warnings.sorted();
        ParsedReport report = new ParsedReport(
                hash,
                header.title(),
                header.fiscalYear(),
                src.count,
                src.pageCount(),
                outline,
                counts(outline, measures, schemes, sorted));
        return new ParseResult(report, measures, schemes, sorted);
    }

    /** The chapters and their sections, in number order. */
    private static List<ParsedChapter> outline(DocumentStructure.Tree tree) {
        List<ChapterNode> chapters = new ArrayList<>(tree.chapters());
        chapters.sort(Comparator.comparingInt(c -> c.num));
        List<ParsedChapter> outline = new ArrayList<>();
        for (ChapterNode c : chapters) {
            List<SectionNode> secs = new ArrayList<>(c.sections);
            secs.sort(Comparator.comparingInt(s -> s.num));
            List<ParsedSection> ss = new ArrayList<>();
            for (SectionNode s : secs) {
                ss.add(new ParsedSection(s.num, s.title));
            }
            outline.add(new ParsedChapter(c.num, c.title, ss));
        }
        return outline;
    }

    private static Map<String, Integer> counts(
            List<ParsedChapter> outline,
            List<ParsedMeasure> measures,
            List<ParsedAwardScheme> schemes,
            List<ParseWarning> warnings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("chapters", outline.size());
        counts.put(
                "sections", outline.stream().mapToInt(c -> c.sections().size()).sum());
        counts.put("subsections", count(measures, MeasureKind.SUBSECTION));
        counts.put("items", count(measures, MeasureKind.ITEM));
        counts.put("subitems", count(measures, MeasureKind.SUBITEM));
        counts.put("measures", measures.size());
        counts.put("awardSchemes", schemes.size());
        counts.put("warnings", warnings.size());
        return counts;
    }

    private static int count(List<ParsedMeasure> measures, MeasureKind kind) {
        return (int) measures.stream().filter(m -> m.kind() == kind).count();
    }
}
