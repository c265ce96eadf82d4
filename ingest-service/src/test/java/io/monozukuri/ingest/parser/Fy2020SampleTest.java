package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parse of the fy2020 sample compared with the expected result written by reading the document
 * (fy2020-expected-measures.tsv, fy2020-expected-awards.tsv). All differences are reported at once.
 */
class Fy2020SampleTest {

    private static ParseResult result;

    @BeforeAll
    static void parse() {
        result = ReportParser.failFast().parse(SampleFixtures.sample());
    }

    static String budgets(ParsedMeasure m) {
        return m.budgets().stream()
                .map(b -> b.amountYen() + "|" + (b.label() == null ? "" : b.label()) + "|" + b.type() + "|"
                        + (b.approximate() ? "approx" : "") + "|" + (b.partOf() ? "partOf" : ""))
                .collect(Collectors.joining(";"));
    }

    static String ministries(ParsedMeasure m) {
        return m.ministries().stream().map(Ministry::code).collect(Collectors.joining(","));
    }

    @Test
    void everyMeasureMatchesTheReading() {
        Map<String, ParsedMeasure> got = new LinkedHashMap<>();
        for (ParsedMeasure m : result.measures()) {
            got.put(m.code(), m);
        }
        List<String> diffs = new ArrayList<>();
        List<String> expectedCodes = new ArrayList<>();
        for (String[] r : SampleFixtures.tsv("fy2020-expected-measures.tsv")) {
            String code = r[0];
            expectedCodes.add(code);
            ParsedMeasure m = got.get(code);
            if (m == null) {
                diffs.add(code + ": missing");
                continue;
            }
            String expTitle = "~".equals(r[2]) ? null : r[2];
            cmp(diffs, code, "kind", r[1], m.kind().name());
            cmp(diffs, code, "title", expTitle, m.title());
            cmp(diffs, code, "budgets", r[3], budgets(m));
            cmp(diffs, code, "partOf", String.valueOf(!r[4].isEmpty()), String.valueOf(m.partOf()));
            cmp(diffs, code, "pool", r[5].isEmpty() ? null : r[5], m.pool());
            cmp(diffs, code, "ministries", r[6], ministries(m));
            cmp(diffs, code, "reposted", r[7].isEmpty() ? null : r[7], m.reposted());
        }
        for (String code : got.keySet()) {
            if (!expectedCodes.contains(code)) {
                diffs.add(code + ": unexpected measure " + got.get(code).title());
            }
        }
        List<String> order = result.measures().stream().map(ParsedMeasure::code).toList();
        if (diffs.isEmpty()) {
            assertThat(order).as("document order").containsExactlyElementsOf(expectedCodes);
        }
        assertThat(diffs).as("differences from the reading of the document").isEmpty();
    }

    /**
     * Bodies printed away from their heading (the other column of a page, a sentence cut across a page start, a
     * paragraph printed under another heading) end up in the right node: first and last words, source.lineEnd.
     */
    @Test
    void descriptionBoundariesMatchTheReading() {
        List<String> diffs = new ArrayList<>();
        for (String[] r : SampleFixtures.tsv("fy2020-expected-descriptions.tsv")) {
            String code = r[0];
            ParsedMeasure m = result.measures().stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElse(null);
            if (m == null) {
                diffs.add(code + ": missing");
                continue;
            }
            String d = m.description();
            cmp(diffs, code, "source.lineEnd", r[1], String.valueOf(m.source().lineEnd()));
            if (!d.startsWith(r[2])) {
                diffs.add(code + ": description should start with <" + r[2] + "> but was <" + d + ">");
            }
            if (!d.endsWith(r[3])) {
                diffs.add(code + ": description should end with <" + r[3] + "> but was <" + d + ">");
            }
            for (String c : r[4].isEmpty() ? new String[0] : r[4].split(";")) {
                if (!d.contains(c.replace("\\n", "\n"))) {
                    diffs.add(code + ": description should contain <" + c + "> but was <" + d + ">");
                }
            }
            for (String c : r[5].isEmpty() ? new String[0] : r[5].split(";")) {
                if (d.contains(c)) {
                    diffs.add(code + ": description should not contain <" + c + "> but was <" + d + ">");
                }
            }
        }
        assertThat(diffs).as("description boundaries").isEmpty();
        assertThat(result.warnings()).noneMatch(w -> w.code().equals("BODY_PLACEMENT_UNCERTAIN"));
    }

    @Test
    void everyAwardSchemeMatchesTheReading() {
        List<String[]> rows = SampleFixtures.tsv("fy2020-expected-awards.tsv");
        List<String> diffs = new ArrayList<>();
        assertThat(result.awardSchemes()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            ParsedAwardScheme s = result.awardSchemes().get(i);
            String n = r[0];
            cmp(diffs, n, "name", r[0], s.name());
            if (s.summary() == null
                    || !s.summary().startsWith(r[1])
                    || !s.summary().endsWith(r[2])) {
                diffs.add(n + ": summary " + s.summary());
            }
            cmp(
                    diffs,
                    n,
                    "ministry",
                    r[3],
                    s.ministry() == null ? null : s.ministry().code());
            cmp(diffs, n, "office", r[4], s.office());
            cmp(diffs, n, "prizes", r[5], String.join(";", s.prizes()));
            cmp(diffs, n, "prizeNote", r[6].isEmpty() ? null : r[6], s.prizeNote());
            cmp(diffs, n, "recruitment.method", r[7], s.recruitment().method().name());
            cmp(
                    diffs,
                    n,
                    "recruitment.text",
                    r[8].isEmpty() ? null : r[8],
                    s.recruitment().text());
            cmp(
                    diffs,
                    n,
                    "frequency.kind",
                    r[9].isEmpty() ? null : r[9],
                    s.frequency() == null ? null : s.frequency().kind().name());
            cmp(
                    diffs,
                    n,
                    "frequency.text",
                    r[10].isEmpty() ? null : r[10],
                    s.frequency() == null ? null : s.frequency().text());
            cmp(
                    diffs,
                    n,
                    "nextCall.text",
                    r[11].isEmpty() ? null : r[11],
                    s.nextCall() == null ? null : s.nextCall().text());
            cmp(
                    diffs,
                    n,
                    "nextCall.from",
                    r[12].isEmpty() ? null : r[12],
                    s.nextCall() == null ? null : s.nextCall().from());
            cmp(
                    diffs,
                    n,
                    "nextCall.to",
                    r[13].isEmpty() ? null : r[13],
                    s.nextCall() == null ? null : s.nextCall().to());
            cmp(diffs, n, "status", r[14], s.status().name());
            cmp(diffs, n, "note", r[15].isEmpty() ? null : r[15], s.note());
        }
        assertThat(diffs).as("differences from the reading of the award table").isEmpty();
    }

    @Test
    void reportLevelFields() {
        ParsedReport r = result.report();
        assertThat(r.title()).isEqualTo("令和2年度においてものづくり基盤技術の振興に関して講じた施策");
        assertThat(r.fiscalYear()).isEqualTo(2020);
        assertThat(r.lineCount()).isEqualTo(3467);
        assertThat(r.sourceHash()).matches("[0-9a-f]{64}");
        assertThat(r.chapters()).extracting(ParsedChapter::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(r.chapters().get(5).title()).isEqualTo("災害等からの復旧・復興、強靭化");
        assertThat(r.chapters().get(5).sections()).hasSize(7);
        assertThat(r.chapters().get(1).sections().get(2).title()).isEqualTo("ものづくりに関する能力の適正な評価、労働条件の確保・改善");
        assertThat(r.counts()).containsEntry("awardSchemes", 15).containsEntry("measures", 295);
    }

    @Test
    void sourceLinesAndPagesOfKnownNodes() {
        ParsedMeasure m = byCode("1-1-1-(2)-①");
        assertThat(m.source().lineStart()).isEqualTo(43);
        assertThat(m.source().lineEnd()).isEqualTo(70);
        assertThat(m.source().page()).isEqualTo(1);
        assertThat(m.hasBody()).isTrue();
        assertThat(m.description()).startsWith("IoT社会の到来により増加した膨大な量の情報を効率的に活用するため");
        assertThat(m.description()).doesNotContain("\uFFFD").doesNotContain("年 度");
        assertThat(byCode("1-1-1-(3)-⑤").description()).contains("スーパーコンピュータ「富岳」（2021年3月共用開始）を中核とし");
        assertThat(byCode("1-1-1-(2)").hasBody()).isFalse();
        ParsedAwardScheme s = result.awardSchemes().get(0);
        assertThat(s.source().lineStart()).isEqualTo(3089);
        assertThat(s.source().lineEnd()).isEqualTo(3125);
    }

    @Test
    void warningsFlagWhatWasNotCertain() {
        List<ParseWarning> w = result.warnings();
        assertThat(w).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("BUDGET_MISPRINT");
            assertThat(x.line()).isEqualTo(1378);
        });
        assertThat(w).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("BUDGET_MISPRINT");
            assertThat(x.line()).isEqualTo(3022);
        });
        assertThat(w).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("BUDGET_MISPRINT");
            assertThat(x.line()).isEqualTo(2256);
        });
        assertThat(w.stream()
                        .filter(x -> x.code().equals("SUBSECTION_INFERRED"))
                        .map(ParseWarning::line))
                .containsExactly(1468, 1855, 2183);
    }

    @Test
    void measuresLinkTheirAwardSchemes() {
        assertThat(byCode("5-2-1").awardSchemeNames()).containsExactly("ものづくり日本大賞");
        assertThat(byCode("2-3-2-(1)-②").awardSchemeNames()).contains("卓越した技能者（現代の名工）の表彰制度");
        assertThat(byCode("2-3-2-(1)-①").awardSchemeNames()).contains("技能五輪全国大会");
    }

    private static ParsedMeasure byCode(String code) {
        return result.measures().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static void cmp(List<String> diffs, String code, String field, String expected, String actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            diffs.add(code + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
