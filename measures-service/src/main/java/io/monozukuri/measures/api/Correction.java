package io.monozukuri.measures.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One correction of a measure by an editor. */
@Schema(name = "Correction", description = "One correction of a measure by an editor")
public record Correction(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID measureId,
        @Schema(required = true, example = "1-1-1-(2)-①") String code,
        @Schema(required = true, description = "upn or subject of the editor's token", example = "editor@monozukuri.io")
                String author,
        @Schema(required = true, example = "2026-11-28T10:00:00Z") OffsetDateTime at,
        @Schema(nullable = true, example = "typo in the title") String note,
        @Schema(
                        required = true,
                        ref = "MeasurePatch",
                        description = "the JSON merge patch applied",
                        example = "{\"title\":\"AIチップの開発\"}")
                JsonNode patch,
        @Schema(required = true, ref = "Measure", description = "the measure before the correction") JsonNode before,
        @Schema(required = true, ref = "Measure", description = "the measure after the correction") JsonNode after) {}
