package io.monozukuri.awards.api;

import io.monozukuri.contracts.AwardSchemeInput;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one report printed about a scheme, kept with its source. */
@Schema(name = "SchemeStatement", description = "What one report printed about a scheme")
public record SchemeStatement(
        @Schema(required = true) UUID reportId,
        @Schema(required = true, example = "2020") int fiscalYear,
        @Schema(nullable = true) String sourceHash,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true) AwardSchemeInput printed) {}
