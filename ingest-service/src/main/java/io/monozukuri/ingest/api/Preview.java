package io.monozukuri.ingest.api;

import io.monozukuri.contracts.AwardSchemeInput;
import io.monozukuri.contracts.ChapterImport;
import io.monozukuri.contracts.MeasureImport;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a report would give if it were ingested; nothing is stored. */
@Schema(name = "IngestPreview", description = "What a report would give if it were ingested; nothing is stored")
public record Preview(
        @Schema(required = true, description = "the id the report will have once ingested") UUID reportId,
        @Schema(required = true) Report report,
        @Schema(required = true) List<MeasureImport> measures,
        @Schema(required = true) List<AwardSchemeInput> awardSchemes,
        @Schema(required = true) List<Warning> warnings) {

    /** The report as parsed: identity, title, size and outline. */
    @Schema(name = "IngestPreviewReport", description = "The report as parsed: identity, title, size and outline")
    public record Report(
            @Schema(required = true, example = "98a7ad4e509f988b0c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccdd")
                    String sourceHash,
            @Schema(example = "令和2年度においてものづくり基盤技術の振興に関して講じた施策") String title,
            @Schema(example = "2020") Integer fiscalYear,
            @Schema(required = true, example = "3467") int lineCount,
            @Schema(required = true, example = "40") int pageCount,
            @Schema(required = true) List<ChapterImport> chapters,
            @Schema(description = "how many of each thing the parse found", example = "{\"measures\":292}")
                    Map<String, Integer> counts) {}
}
