package io.monozukuri.ingest.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ingest job as clients see it. */
@Schema(
        name = "IngestJob",
        description = "One run of the ingest of one report: what was asked, how far it got, what it found",
        example =
                """
        {"id":"0d5c3b1e-8a4f-4f4e-9d55-1c1f0e7c2a10","status":"SUCCEEDED","reportId":"8c1a4b7e-2f0d-3c55-9b1e-6e2d0a4c7f31",
         "sourceHash":"98a7ad4e509f988b0c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccdd",
         "title":"令和2年度においてものづくり基盤技術の振興に関して講じた施策","fiscalYear":2020,
         "progress":100,"stage":"DONE","counts":{"measures":292,"awardSchemes":15,"warnings":7},
         "warnings":[{"line":1379,"code":"BUDGET_MISPRINT","message":"…"}],
         "createdAt":"2026-11-28T10:00:00Z","startedAt":"2026-11-28T10:00:00Z","finishedAt":"2026-11-28T10:00:02Z"}""")
public record Job(
        @Schema(required = true) UUID id,
        @Schema(required = true) JobStatus status,
        @Schema(required = true) UUID reportId,
        @Schema(nullable = true, example = "98a7ad4e509f988b0c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccdd")
                String sourceHash,
        @Schema(nullable = true, example = "令和2年度においてものづくり基盤技術の振興に関して講じた施策") String title,
        @Schema(nullable = true, example = "2020") Integer fiscalYear,
        @Schema(required = true, minimum = "0", maximum = "100", example = "100") int progress,
        @Schema(
                        description = "what the job is doing: QUEUED, PARSING, STORING_AWARD_SCHEMES, STORING_MEASURES,"
                                + " DONE",
                        example = "DONE")
                String stage,
        @Schema(description = "what the parse found and the services stored", example = "{\"measures\":292}")
                Map<String, Integer> counts,
        List<Warning> warnings,
        @Schema(nullable = true, description = "why the job failed, in words a user can act on") String error,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime finishedAt) {}
