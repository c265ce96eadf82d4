package io.monozukuri.ingest.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Concrete list envelopes, for the OpenAPI document only (the wire type is {@code PageResponse}). */
public final class Pages {

    private Pages() {}

    @Schema(name = "IngestJobPage", description = "A page of ingest jobs")
    public record JobPage(
            @Schema(required = true) List<Job> items,
            @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size,
            @Schema(required = true, example = "3") long totalItems,
            @Schema(required = true, example = "1") int totalPages) {}
}
