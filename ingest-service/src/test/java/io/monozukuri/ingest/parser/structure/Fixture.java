package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.ReportParser;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.heading.HeadingScanner;
import io.monozukuri.ingest.parser.structure.Model.Event;
import io.monozukuri.ingest.parser.structure.Model.EventKind;
import io.monozukuri.ingest.parser.text.Pieces;
import io.monozukuri.ingest.parser.text.ReadingText;
import io.monozukuri.ingest.parser.text.SourceLines;
import java.util.List;

/** The stages of the structure part wired on a small text, as {@link DocumentStructure} wires them. */
final class Fixture {

    final LogicalLines lines;
    final List<Event> events;
    final Warnings warnings = new Warnings();
    final HeadingClauses clauses;
    final Reading reading = new Reading();
    final Outline outline;
    final SentenceJoins joins;
    final ItemGrouping grouping;
    final SentenceFlow flow;
    final WindowCloser windows;
    final StructurePass pass;

    Fixture(String text) {
        SourceLines src = SourceLines.of(ReportParser.normalize(text));
        ReadingText r = HeadingScanner.scan(src, Pieces.of(src));
        lines = LogicalLines.of(r, src);
        events = DocumentStructure.events(r, lines.count());
        clauses = new HeadingClauses(MinistryRegistry.standard(), lines, warnings);
        outline = new Outline(clauses, lines, warnings);
        joins = new SentenceJoins(lines, reading);
        grouping = new ItemGrouping(reading, clauses, lines, warnings);
        flow = new SentenceFlow(reading, joins, lines, warnings);
        windows =
                new WindowCloser(reading, outline, clauses, new ItemlessSubsections(lines, warnings), lines, warnings);
        pass = new StructurePass(reading, outline, grouping, flow, windows, lines, warnings);
    }

    /** The events of a kind, in order. */
    List<Event> of(EventKind kind) {
        return events.stream().filter(e -> e.kind == kind).toList();
    }

    /** The text of a node's own lines, joined. */
    String text(Model.Node n) {
        StringBuilder b = new StringBuilder();
        for (int l : n.text) {
            b.append(lines.squeezed(l));
        }
        return b.toString();
    }
}
