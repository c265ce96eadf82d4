package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Metamorphic properties: the sample laid out differently parses the same. Compared for every measure: code,
 * kind, title, every budget amount, label and type, partOf, pool, ministries, reposted, hasBody; for every award
 * scheme every field but the source lines. Line numbers may move, but each measure's source must point at its
 * own heading in the transformed text, and no PARSER_FAILURE may be hidden (the parser is fail-fast).
 */
class MetamorphicSampleTest {

    private static final String SAMPLE = SampleFixtures.sample();
    private static final ParseResult BASE = ReportParser.failFast().parse(SAMPLE);

    static String key(ParsedMeasure m) {
        return m.code() + " | " + m.kind() + " | " + m.title() + " | " + Fy2020SampleTest.budgets(m) + " | "
                + m.partOf() + " | " + m.pool() + " | " + Fy2020SampleTest.ministries(m) + " | " + m.reposted()
                + " | body=" + m.hasBody();
    }

    static String key(ParsedAwardScheme s) {
        return new ParsedAwardScheme(
                        s.name(),
                        s.summary(),
                        s.ministry(),
                        s.office(),
                        s.prizes(),
                        s.prizeNote(),
                        s.recruitment(),
                        s.frequency(),
                        s.nextCall(),
                        s.status(),
                        s.note(),
                        null)
                .toString();
    }

    /** The text after a random combination of the layout changes the parser reads through today. */
    static String transform(String t, int width, int flags) {
        String s = t;
        if ((flags & 1) != 0) {
            s = SampleTransforms.removePageMarks(s);
        }
        if ((flags & 2) != 0) {
            s = SampleTransforms.rewrap(s, width);
        }
        if ((flags & 4) != 0) {
            s = SampleTransforms.halfWidth(s);
        } else if ((flags & 8) != 0) {
            s = SampleTransforms.fullWidth(s);
        }
        if ((flags & 16) != 0) {
            s = SampleTransforms.crlf(s);
        }
        if ((flags & 32) != 0) {
            s = SampleTransforms.bom(s);
        }
        return s;
    }

    static void assertSameParse(String variant, String description) {
        ParseResult r = ReportParser.failFast().parse(variant);
        assertThat(r.warnings()).as(description).noneMatch(w -> w.code().equals("PARSER_FAILURE"));
        assertThat(r.measures().stream().map(MetamorphicSampleTest::key).toList())
                .as(description)
                .containsExactlyElementsOf(
                        BASE.measures().stream().map(MetamorphicSampleTest::key).toList());
        assertThat(r.awardSchemes().stream().map(MetamorphicSampleTest::key).toList())
                .as(description)
                .containsExactlyElementsOf(BASE.awardSchemes().stream()
                        .map(MetamorphicSampleTest::key)
                        .toList());
        assertSourcesPointAtTheirHeadings(variant, r, description);
    }

    /** Each measure's lineStart is the line where its heading's words start in the transformed text. */
    static void assertSourcesPointAtTheirHeadings(String variant, ParseResult r, String description) {
        String[] lines = ReportParser.normalize(variant).split("\n", -1);
        List<String> wrong = new ArrayList<>();
        for (ParsedMeasure m : r.measures()) {
            if (m.title() == null) {
                continue; // an inferred subsection: its source is its first item
            }
            int from = m.source().lineStart() - 1;
            int to = m.source().lineEnd() - 1;
            StringBuilder heading = new StringBuilder();
            for (int k = from; k <= Math.min(to, from + 12) && k < lines.length; k++) {
                heading.append(TextNorm.title(lines[k]));
            }
            String head = TextNorm.title(m.title());
            String probe = head.substring(0, Math.min(4, head.length()));
            String h = heading.toString();
            int at = h.indexOf(probe);
            int firstLine = from < lines.length ? TextNorm.title(lines[from]).length() : 0;
            if (to < from || at < 0 || at >= firstLine) { // the heading's words start on its lineStart
                wrong.add(m.code() + " lines " + (from + 1) + "-" + (to + 1) + ": "
                        + h.substring(0, Math.min(30, h.length())));
            }
        }
        assertThat(wrong).as(description + ": sources pointing elsewhere").isEmpty();
    }

    @Property(tries = 40)
    void theSameParseHoweverTheLinesAreWrappedAndPrinted(
            @ForAll @IntRange(min = 30, max = 60) int width, @ForAll @IntRange(min = 0, max = 63) int flags) {
        assertSameParse(transform(SAMPLE, width, flags), "width " + width + ", flags " + flags);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void eachTransformAlone(@ForAll @IntRange(min = 0, max = 5) int bit) {
        assertSameParse(transform(SAMPLE, 30, 1 << bit), "transform " + (1 << bit));
    }

    /**
     * The complete relation set: also empty lines removed, lines re-wrapped down to 15 characters and each block
     * joined into one line, in any combination with the transforms above.
     */
    @Property(tries = 100)
    void theSameParseUnderAnyLayout(
            @ForAll @IntRange(min = 15, max = 60) int width,
            @ForAll @IntRange(min = 0, max = 63) int flags,
            @ForAll @IntRange(min = 0, max = 3) int blocks) {
        String s = SAMPLE;
        if ((blocks & 1) != 0) {
            s = SampleTransforms.joinBlocks(s);
        }
        if ((blocks & 2) != 0) {
            s = SampleTransforms.removeEmptyLines(s);
        }
        assertSameParse(transform(s, width, flags | 2), "width " + width + ", flags " + flags + ", blocks " + blocks);
    }

    static String describe(List<String> l) {
        return l.stream().collect(Collectors.joining("\n"));
    }
}
