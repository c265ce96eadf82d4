package io.monozukuri.ingest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the parser could not read with certainty; line is 1-based (0 when not tied to a line). */
@Schema(name = "ParseWarning", description = "Something the parser could not read with certainty")
public record Warning(
        @Schema(required = true, example = "1379") int line,
        @Schema(required = true, example = "BUDGET_MISPRINT") String code,
        @Schema(required = true, example = "the budget clause reads 1,00億円; read as 100億円") String message) {}
