package io.monozukuri.ingest.parser.assembly;

import io.monozukuri.ingest.parser.Heading;
import io.monozukuri.ingest.parser.HeadingParser;
import io.monozukuri.ingest.parser.MeasureKind;
import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.ParsedMeasure;
import io.monozukuri.ingest.parser.TextNorm;
import io.monozukuri.ingest.parser.Warnings;
import io.monozukuri.ingest.parser.heading.HeadingMarks;
import io.monozukuri.ingest.parser.structure.DocumentStructure;
import io.monozukuri.ingest.parser.structure.LogicalLines;
import io.monozukuri.ingest.parser.structure.Model.Node;
import io.monozukuri.ingest.parser.structure.Model.SectionNode;
import io.monozukuri.ingest.parser.structure.Model.SubNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 7: measure assembly — a {@link ParsedMeasure} per subsection, item and sub-item of the tree, in code order:
 * codes ({@code 1-1-1-(2)-①}), the heading's clauses, the description (own text, a line break between printed
 * paragraphs), the source reference (first line of the heading to the last of its own text) and the award schemes
 * it names. Input: the tree, the logical lines and the award schemes; output: the measures ({@code DUPLICATE_CODE}
 * when a code comes twice).
 */
public final class MeasureAssembly {

    private final LogicalLines lines;
    private final AwardLinks links;
    private final Warnings warnings;
    private final Set<String> codes = new HashSet<>();

    private MeasureAssembly(LogicalLines lines, List<ParsedAwardScheme> schemes, Warnings warnings) {
        this.lines = lines;
        this.links = new AwardLinks(schemes);
        this.warnings = warnings;
    }

    /** The measures of the tree. */
    public static List<ParsedMeasure> build(
            DocumentStructure.Tree tree, LogicalLines lines, List<ParsedAwardScheme> schemes, Warnings warnings) {
        return new MeasureAssembly(lines, schemes, warnings).build(tree);
    }

    private List<ParsedMeasure> build(DocumentStructure.Tree tree) {
        List<ParsedMeasure> out = new ArrayList<>();
        List<SubNode> subs = new ArrayList<>(tree.subsections());
        subs.sort(Comparator.comparingInt((SubNode s) -> s.section.order()).thenComparingInt(s -> s.num));
        for (SubNode sn : subs) {
            SectionNode sec = sn.section;
            Heading ch = new Heading(sec.chapter.num, sec.chapter.title);
            Heading se = new Heading(sec.num, sec.title);
            HeadingParser.Parsed sp = sn.self.parsed;
            Heading su = new Heading(sn.num, sp == null ? null : sp.title());
            Headings h = new Headings(ch, se, su);
            String code = sec.chapter.num + "-" + sec.num + "-" + sn.num;
            int start = sn.event != null
                    ? sn.event.start
                    : (sn.group != null && !sn.group.items.isEmpty() ? sn.group.items.get(0).event.start : 0);
            int end = sn.event != null ? sn.event.end : start;
            out.add(measure(code, null, MeasureKind.SUBSECTION, h, null, null, sn.self, start, end));
            if (sn.group == null) {
                continue;
            }
            List<Node> items = new ArrayList<>(sn.group.items);
            items.sort(Comparator.comparingInt(n -> n.num));
            for (Node it : items) {
                String ic = code + "-(" + it.num + ")";
                out.add(measure(ic, code, MeasureKind.ITEM, h, it.num, null, it, it.event.start, it.event.end));
                List<Node> kids = new ArrayList<>(it.children);
                kids.sort(Comparator.comparingInt(n -> n.num));
                for (Node k : kids) {
                    String kc = ic + "-" + HeadingMarks.circledChar(k.num);
                    out.add(measure(kc, ic, MeasureKind.SUBITEM, h, it.num, k.num, k, k.event.start, k.event.end));
                }
            }
        }
        return out;
    }

    private record Headings(Heading chapter, Heading section, Heading subsection) {}

    private ParsedMeasure measure(
            String code,
            String parent,
            MeasureKind kind,
            Headings h,
            Integer item,
            Integer subitem,
            Node node,
            int start,
            int end) {
        if (!codes.add(code)) {
            String what =
                    kind == MeasureKind.ITEM ? "item code " : kind == MeasureKind.SUBITEM ? "sub-item code " : "code ";
            warnings.add(lines.warningLine(start), "DUPLICATE_CODE", what + code + " produced twice");
        }
        HeadingParser.Parsed p = node.parsed;
        String desc = description(node.text);
        int last = end;
        for (int l : node.text) {
            last = Math.max(last, l);
        }
        String title = p == null ? null : p.title();
        return new ParsedMeasure(
                code,
                parent,
                kind,
                h.chapter(),
                h.section(),
                h.subsection(),
                item,
                subitem,
                title,
                desc,
                p == null ? List.of() : p.budgets(),
                p == null ? null : p.budgetText(),
                p != null && p.partOf(),
                p == null ? null : p.pool(),
                p == null ? List.of() : p.ministries(),
                p == null ? null : p.reposted(),
                !desc.isEmpty(),
                lines.sourceRef(start, last),
                links.named(title, desc));
    }

    /** A node's own text: its logical lines without spaces, a line break between printed paragraphs. */
    String description(List<Integer> text) {
        StringBuilder b = new StringBuilder();
        int prev = -1;
        for (int line : text) {
            String t = lines.squeezed(line);
            if (t.isEmpty()) {
                continue;
            }
            if (prev >= 0) {
                if (lines.paragraphBreak(prev, line)) {
                    b.append('\n');
                } else if (b.length() > 0
                        && TextNorm.isAsciiWordChar(b.charAt(b.length() - 1))
                        && TextNorm.isAsciiWordChar(t.charAt(0))
                        && Character.isLetter(t.charAt(0))) {
                    b.append(' ');
                }
            }
            b.append(t);
            prev = line;
        }
        return b.toString();
    }
}
