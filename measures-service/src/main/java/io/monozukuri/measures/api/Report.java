package io.monozukuri.measures.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ingested edition of the report. */
@Schema(name = "Report")
public record Report(
        @Schema(required = true, example = "2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f") UUID id,
        @Schema(required = true, example = "令和2年度においてものづくり基盤技術の振興に関して講じた施策") String title,
        @Schema(required = true, example = "2020") int fiscalYear,
        @Schema(required = true, example = "9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b")
                String sourceHash,
        @Schema(nullable = true, example = "3467") Integer lineCount,
        @Schema(nullable = true, example = "40") Integer pageCount,
        @Schema(nullable = true, example = "12") Integer warningCount,
        @Schema(required = true) OffsetDateTime ingestedAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) Counts counts) {

    /** How much the report holds. */
    @Schema(name = "ReportCounts")
    public record Counts(
            @Schema(example = "7") long chapters,
            @Schema(example = "20") long sections,
            @Schema(example = "292") long measures,
            @Schema(example = "50") long subsections,
            @Schema(example = "140") long items,
            @Schema(example = "102") long subitems,
            @Schema(description = "measures with at least one budget amount", example = "180") long withBudget,
            @Schema(description = "re-listed measures (再掲, 一部再掲)", example = "25") long reposted,
            @Schema(description = "measures an editor corrected", example = "0") long corrected,
            @Schema(description = "own yen of the measures that are not re-listed", example = "1234500000000")
                    long ownYen) {}
}
