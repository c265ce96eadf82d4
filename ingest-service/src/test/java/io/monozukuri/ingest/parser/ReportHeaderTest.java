package io.monozukuri.ingest.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.ingest.parser.text.SourceLines;
import org.junit.jupiter.api.Test;

/** Stage 8a: the report's title and fiscal year. */
class ReportHeaderTest {

    private static ReportHeader header(String text) {
        return ReportHeader.of(SourceLines.of(text));
    }

    @Test
    void theTitleIsTheFirstTextUpToAPartMarkAndTheYearComesFromTheEra() {
        ReportHeader h = header("\n令和2年度において\nものづくり基盤技術の\n振興に関して講じた施策\n\n第２部\n");
        assertThat(h.title()).isEqualTo("令和2年度においてものづくり基盤技術の振興に関して講じた施策");
        assertThat(h.fiscalYear()).isEqualTo(2020);
        assertThat(header("平成元年度において講じた施策第1部\n").fiscalYear()).isEqualTo(1989);
        assertThat(header("2018年度において講じた施策\n").fiscalYear()).isEqualTo(2018);
        assertThat(header("はじめに、本文である。\n").title()).isNull();
        assertThat(ReportHeader.titleStop("施策第 1 章の")).isEqualTo(2);
    }
}
