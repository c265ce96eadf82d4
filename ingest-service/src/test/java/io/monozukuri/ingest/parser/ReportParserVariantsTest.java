package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample produced differently gives the same measures (codes, titles, budgets, clauses) and schemes. */
class ReportParserVariantsTest {

    private static String sample;
    private static ParseResult base;

    @BeforeAll
    static void parse() {
        sample = SampleFixtures.sample();
        base = ReportParser.failFast().parse(sample);
    }

    static List<Arguments> variants() {
        return List.of(
                Arguments.of("CRLF", (UnaryOperator<String>) TextVariants::crlf),
                Arguments.of("BOM", (UnaryOperator<String>) TextVariants::bom),
                Arguments.of("BOM+CRLF", (UnaryOperator<String>) t -> TextVariants.bom(TextVariants.crlf(t))),
                Arguments.of("half-width brackets and digits", (UnaryOperator<String>) TextVariants::halfWidth),
                Arguments.of("full-width brackets and digits", (UnaryOperator<String>) TextVariants::fullWidth),
                Arguments.of("no page marks", (UnaryOperator<String>) TextVariants::noPageMarks),
                Arguments.of("no empty lines", (UnaryOperator<String>) SampleTransforms::removeEmptyLines),
                Arguments.of("no empty lines, no page marks", (UnaryOperator<String>)
                        t -> SampleTransforms.removeEmptyLines(TextVariants.noPageMarks(t))),
                Arguments.of("no empty lines, every line cut at 30", (UnaryOperator<String>)
                        t -> SampleTransforms.rewrap(SampleTransforms.removeEmptyLines(t), 30)),
                Arguments.of("body re-wrapped at 30", (UnaryOperator<String>) t -> TextVariants.rewrap(t, 30)),
                Arguments.of("body re-wrapped at 17", (UnaryOperator<String>) t -> TextVariants.rewrap(t, 17)));
    }

    static String key(ParsedMeasure m) {
        return m.code() + " " + m.kind() + " " + m.title() + " " + Fy2020SampleTest.budgets(m) + " " + m.partOf() + " "
                + m.pool() + " " + Fy2020SampleTest.ministries(m) + " " + m.reposted() + " " + m.hasBody();
    }

    static String key(ParsedAwardScheme s) {
        return s.name() + " " + s.ministry() + " " + s.office() + " " + s.prizes() + " " + s.recruitment() + " "
                + s.frequency() + " " + s.nextCall() + " " + s.status();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void sameMeasuresAndSchemes(String name, UnaryOperator<String> variant) {
        ParseResult r = ReportParser.failFast().parse(variant.apply(sample));
        List<String> expected =
                base.measures().stream().map(ReportParserVariantsTest::key).collect(Collectors.toList());
        List<String> actual =
                r.measures().stream().map(ReportParserVariantsTest::key).collect(Collectors.toList());
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
        assertThat(r.awardSchemes().stream().map(ReportParserVariantsTest::key).toList())
                .as(name)
                .containsExactlyElementsOf(base.awardSchemes().stream()
                        .map(ReportParserVariantsTest::key)
                        .toList());
        assertThat(r.report().fiscalYear()).isEqualTo(2020);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void lineEndsAndBomKeepTheHashAndTheLines(String name, UnaryOperator<String> variant) {
        if (!name.contains("CRLF") && !name.contains("BOM")) {
            return;
        }
        ParseResult r = ReportParser.failFast().parse(variant.apply(sample));
        assertThat(r.report().sourceHash()).isEqualTo(base.report().sourceHash());
        assertThat(r.measures().stream().map(m -> m.source()).toList())
                .isEqualTo(base.measures().stream().map(m -> m.source()).toList());
    }
}
