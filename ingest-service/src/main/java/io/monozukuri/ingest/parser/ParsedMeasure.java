package io.monozukuri.ingest.parser;

import java.util.List;

/** One numbered heading of the report (subsection, item or sub-item). */
public record ParsedMeasure(
        String code,
        String parentCode,
        MeasureKind kind,
        Heading chapter,
        Heading section,
        Heading subsection,
        Integer item,
        Integer subitem,
        String title,
        String description,
        List<Budget> budgets,
        String budgetText,
        boolean partOf,
        String pool,
        List<Ministry> ministries,
        String reposted,
        boolean hasBody,
        SourceRef source,
        List<String> awardSchemeNames) {}
