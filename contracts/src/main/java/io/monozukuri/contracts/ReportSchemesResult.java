package io.monozukuri.contracts;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** awards-service's answer to the import: the id of every scheme of the report, and whether it was new. */
@Schema(name = "ReportSchemesResult", description = "The id of every scheme of the report")
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
