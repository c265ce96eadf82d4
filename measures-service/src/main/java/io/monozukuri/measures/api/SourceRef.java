package io.monozukuri.measures.api;

import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where in the ingested text a measure comes from (1-based lines). */
@Schema(name = "Source")
public record SourceRef(
        @Schema(example = "43") @Min(1) Integer lineStart,
        @Schema(example = "69") @Min(1) Integer lineEnd,
        @Schema(example = "1") @Min(1) Integer page) {}
