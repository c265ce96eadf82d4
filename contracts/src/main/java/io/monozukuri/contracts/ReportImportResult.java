package io.monozukuri.contracts;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** measures-service's answer to {@code PUT /internal/v1/reports/{reportId}}. */
@Schema(name = "ReportImportResult", description = "The report stored and how many measures it holds")
public record ReportImportResult(
        @Schema(required = true, example = "2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f") UUID reportId,
        @Schema(required = true, example = "292") int measureCount) {}
