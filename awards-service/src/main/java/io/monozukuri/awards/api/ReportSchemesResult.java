package io.monozukuri.awards.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of the ingest PUT: the id of every scheme of the report, and whether it was new. */
@Schema(name = "ReportSchemesResult")
public record ReportSchemesResult(
        @Schema(required = true) UUID reportId,
        @Schema(required = true) List<Item> schemes,
        @Schema(description = "statements of this report dropped because the new body no longer lists their scheme")
                int removed) {

    @Schema(name = "ReportSchemesResultItem")
    public record Item(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "ものづくり日本大賞") String name,
            @Schema(required = true) boolean created) {}
}
