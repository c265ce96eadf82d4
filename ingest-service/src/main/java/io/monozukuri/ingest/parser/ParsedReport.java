package io.monozukuri.ingest.parser;

import java.util.List;
import java.util.Map;

/** Report-level data: identity, title, fiscal year and outline. */
public record ParsedReport(
        String sourceHash,
        String title,
        Integer fiscalYear,
        int lineCount,
        int pageCount,
        List<ParsedChapter> chapters,
        Map<String, Integer> counts) {}
