package io.monozukuri.contracts;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a scheme's current fields were printed. */
@Schema(name = "SchemeSource", description = "The report, lines (1-based, inclusive) and page the fields come from")
public record SchemeSource(
        @Schema(required = true, example = "2b0c6d3e-8a4f-3f52-9d3e-0c6e4d1b2a77") UUID reportId,
        @Schema(nullable = true, example = "2020") Integer fiscalYear,
        @Schema(nullable = true, example = "3089") Integer lineStart,
        @Schema(nullable = true, example = "3126") Integer lineEnd,
        @Schema(nullable = true, example = "34") Integer page) {}
