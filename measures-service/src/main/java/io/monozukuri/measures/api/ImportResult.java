package io.monozukuri.measures.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an import. */
@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(required = true, example = "2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f") UUID reportId,
        @Schema(required = true, example = "292") int measureCount) {}
