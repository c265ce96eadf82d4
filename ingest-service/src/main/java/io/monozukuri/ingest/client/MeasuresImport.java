package io.monozukuri.ingest.client;

import io.monozukuri.ingest.parser.Budget;
import io.monozukuri.ingest.parser.Heading;
import io.monozukuri.ingest.parser.MeasureKind;
import io.monozukuri.ingest.parser.Ministry;
import io.monozukuri.ingest.parser.ParsedChapter;
import io.monozukuri.ingest.parser.SourceRef;
import java.util.List;
import java.util.UUID;

/** The body of measures-service's {@code PUT /internal/v1/reports/{reportId}} (see docs/internal-api.md). */
public record MeasuresImport(
        String sourceHash,
        String title,
        Integer fiscalYear,
        int lineCount,
        Integer pageCount,
        int warningCount,
        List<ParsedChapter> chapters,
        List<Measure> measures) {

    /** One measure as parsed, with the award schemes it mentions resolved to their ids. */
    public record Measure(
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
            List<SchemeLink> awardSchemes) {}

    /** A link from a measure to an award scheme of awards-service. */
    public record SchemeLink(UUID id, String name) {}
}
