package io.monozukuri.ingest.rest;

import io.monozukuri.ingest.parser.ParseWarning;
import io.monozukuri.ingest.parser.ParsedAwardScheme;
import io.monozukuri.ingest.parser.ParsedMeasure;
import io.monozukuri.ingest.parser.ParsedReport;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a report would give if it were ingested; nothing is stored. */
@Schema(name = "IngestPreview")
public record PreviewResponse(
        @Schema(required = true, description = "the id the report will have once ingested") UUID reportId,
        @Schema(required = true) ParsedReport report,
        @Schema(required = true) List<ParsedMeasure> measures,
        @Schema(required = true) List<ParsedAwardScheme> awardSchemes,
        @Schema(required = true) List<ParseWarning> warnings) {}
