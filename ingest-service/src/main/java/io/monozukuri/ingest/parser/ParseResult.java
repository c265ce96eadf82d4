package io.monozukuri.ingest.parser;

import java.util.List;

/** Result of {@link ReportParser#parse(String)}. */
public record ParseResult(
        ParsedReport report,
        List<ParsedMeasure> measures,
        List<ParsedAwardScheme> awardSchemes,
        List<ParseWarning> warnings) {}
