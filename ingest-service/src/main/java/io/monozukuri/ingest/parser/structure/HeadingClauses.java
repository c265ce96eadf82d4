package io.monozukuri.ingest.parser.structure;

import io.monozukuri.ingest.parser.HeadingParser;
import io.monozukuri.ingest.parser.MinistryRegistry;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.structure.Model.Event;

/**
 * A heading event's title, clauses and budget ({@link HeadingParser}), parsed once per event; the misprints and
 * unknown ministries it finds are reported on the heading's line.
 */
final class HeadingClauses {

    /** Longest heading text parsed (characters): a heading with its clauses is far shorter. */
    static final int MAX_HEADING = 300;

    private final HeadingParser parser;
    private final LogicalLines lines;
    private final Warnings warnings;

    HeadingClauses(MinistryRegistry registry, LogicalLines lines, Warnings warnings) {
        this.parser = new HeadingParser(registry);
        this.lines = lines;
        this.warnings = warnings;
    }

    /** The parsed heading, without reporting anything. */
    HeadingParser.Parsed of(Event e) {
        if (e.parsed == null) {
            e.parsed = parser.parse(e.text.length() > MAX_HEADING ? e.text.substring(0, MAX_HEADING) : e.text);
        }
        return e.parsed;
    }

    /** The parsed heading of a node being made: its misprints and unknown ministries are reported. */
    HeadingParser.Parsed parse(Event e) {
        HeadingParser.Parsed p = of(e);
        int line = lines.warningLine(e.start);
        for (String w : p.warnings()) {
            warnings.add(line, "BUDGET_MISPRINT", w);
        }
        for (String u : p.unknownMinistries()) {
            warnings.add(line, "UNKNOWN_MINISTRY", "unknown ministry '" + u + "' in ministries clause");
        }
        return p;
    }
}
