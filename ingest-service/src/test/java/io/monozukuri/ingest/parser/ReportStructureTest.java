package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cheap structure check that lets ingest refuse, before any job, a text that holds no report. */
class ReportStructureTest {

    @Test
    void theSampleInAnyLayoutLooksLikeAReport() {
        String sample = SampleFixtures.sample();
        ReportStructure s = ReportParser.structureOf(sample);
        assertThat(s.chapters()).isEqualTo(7);
        assertThat(s.sections()).isGreaterThanOrEqualTo(19);
        assertThat(s.numberedHeadings()).isGreaterThanOrEqualTo(230);
        assertThat(s.looksLikeReport()).isTrue();
        // the same with every block joined into one line and cut at 15 characters
        String joined = SampleTransforms.rewrap(SampleTransforms.joinBlocks(sample), 15);
        assertThat(ReportParser.looksLikeReport(joined)).isTrue();
        assertThat(ReportParser.structureOf(joined).chapters()).isEqualTo(7);
    }

    @Test
    void aSmallReportLooksLikeOne() {
        String t =
                "第 1 章\n\nものづくり基盤技術の研究開発に関する事項\n第1節 研究開発の推進等\n\n研究開発の実施1\n\n" + "（1）研究開発税制等\n試験研究費の総額に応じて税額控除を認める制度。\n";
        assertThat(ReportParser.structureOf(t)).isEqualTo(new ReportStructure(1, 1, 1));
        assertThat(ReportParser.looksLikeReport(t)).isTrue();
    }

    @Test
    void textWithoutReportStructureDoesNot() {
        assertThat(ReportParser.looksLikeReport(null)).isFalse();
        assertThat(ReportParser.looksLikeReport("")).isFalse();
        assertThat(ReportParser.looksLikeReport("<html><body>report</body></html>"))
                .isFalse();
        assertThat(ReportParser.looksLikeReport("Lorem ipsum dolor sit amet.\n(1) one\n(2) two\n"))
                .isFalse();
        // numbered lines without any chapter or section heading
        assertThat(ReportParser.looksLikeReport("（1）一つ目の事業\n本文。\n（2）二つ目の事業\n本文。\n"))
                .isFalse();
        // a chapter mark but nothing numbered
        assertThat(ReportParser.looksLikeReport("第 1 章\n\nはじめに\n本文である。\n")).isFalse();
        // marks inside brackets or followed by no title are not headings
        assertThat(ReportParser.structureOf("（再掲 第2部第1章第1節3.（6）①参照）\n（1）\n①2020年\n")
                        .numberedHeadings())
                .isZero();
        assertThat(ReportParser.structureOf("本文。").describe()).contains("0 chapter heading(s)");
    }
}
