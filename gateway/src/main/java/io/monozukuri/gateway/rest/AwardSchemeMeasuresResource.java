package io.monozukuri.gateway.rest;

import io.monozukuri.commons.cache.CacheConfig;
import io.monozukuri.commons.cache.ConditionalAnswers;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.contracts.Measure;
import io.monozukuri.gateway.service.AwardSchemeMeasuresService;
import io.monozukuri.gateway.service.ComposedCache;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/award-schemes/{id}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Award schemes")
public class AwardSchemeMeasuresResource {

    private final AwardSchemeMeasuresService service;
    private final CacheConfig cache;

    public AwardSchemeMeasuresResource(AwardSchemeMeasuresService service, CacheConfig cache) {
        this.service = service;
        this.cache = cache;
    }

    @GET
    @Operation(
            operationId = "listAwardSchemeMeasures",
            summary = "List the measures that mention an award scheme",
            description = "The measures of every report whose text mentions the scheme, as measures-service lists "
                    + "them (by code).")
    @APIResponse(
            responseCode = "200",
            description = "A page of measures",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AwardSchemeMeasurePage.class)))
    public Response list(
            @PathParam("id")
                    @Parameter(description = "The award scheme's id", example = "5b2f7c1e-6a8d-4e6b-9a51-6c1d2a3b4c5d")
                    UUID id,
            @BeanParam @Valid PageRequest page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch) {
        ComposedCache.Composed<PageResponse<Measure>> answer = service.measuresMentioning(id, page);
        return ConditionalAnswers.of(answer.body(), answer.etag(), ifNoneMatch, cache.maxAgeSeconds());
    }

    /** The answer's schema: the list envelope of measures-service's {@code Measure}. */
    @Schema(name = "AwardSchemeMeasurePage", description = "A page of measures that mention an award scheme")
    public static final class AwardSchemeMeasurePage {
        @Schema(required = true)
        public List<Measure> items;

        @Schema(required = true, example = "0")
        public int page;

        @Schema(required = true, example = "20")
        public int size;

        @Schema(required = true, example = "1")
        public long totalItems;

        @Schema(required = true, example = "1")
        public int totalPages;

        private AwardSchemeMeasurePage() {}
    }
}
