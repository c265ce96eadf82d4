package io.monozukuri.awards.api;

import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Lines (1-based, inclusive) and page of the ingested text where a scheme's row is printed. */
@Schema(name = "PrintedLines")
public record PrintedLines(
        @Schema(example = "3089") @Min(1) Integer lineStart,
        @Schema(example = "3126") @Min(1) Integer lineEnd,
        @Schema(example = "34") @Min(1) Integer page) {}
