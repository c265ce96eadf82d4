package io.monozukuri.contracts;

import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where in the ingested text something is printed: 1-based lines, inclusive, and the page. */
@Schema(name = "SourceLines", description = "1-based lines (inclusive) and page of the ingested text")
public record SourceLines(
        @Schema(example = "43") @Min(1) Integer lineStart,
        @Schema(example = "69") @Min(1) Integer lineEnd,
        @Schema(nullable = true, description = "null when the text has no page marks", example = "1") @Min(1)
                Integer page) {}
