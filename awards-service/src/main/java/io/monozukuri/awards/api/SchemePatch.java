package io.monozukuri.awards.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may change on a scheme (the printed fields belong to the reports). */
@Schema(name = "SchemePatch")
public record SchemePatch(
        @Schema(
                        description = "first year the scheme awarded; editions before it are rejected; null clears it",
                        example = "2005",
                        nullable = true)
                @Min(1800)
                @Max(2100)
                Integer since) {}
