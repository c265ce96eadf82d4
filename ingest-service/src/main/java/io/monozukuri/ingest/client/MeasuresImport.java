package io.monozukuri.ingest.client;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.monozukuri.ingest.parser.ParsedChapter;
import io.monozukuri.ingest.parser.ParsedMeasure;
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

    /**
     * One measure as parsed (its fields unwrapped into this object), with the award schemes it mentions resolved to
     * their ids in awards-service.
     */
    public record Measure(@JsonUnwrapped ParsedMeasure parsed, List<SchemeLink> awardSchemes) {}

    /** A link from a measure to an award scheme of awards-service. */
    public record SchemeLink(UUID id, String name) {}
}
