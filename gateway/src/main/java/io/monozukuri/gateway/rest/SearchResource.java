package io.monozukuri.gateway.rest;

import io.monozukuri.commons.cache.CacheConfig;
import io.monozukuri.commons.cache.ConditionalAnswers;
import io.monozukuri.commons.paging.PageLinks;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.gateway.service.ComposedCache;
import io.monozukuri.gateway.service.SearchHit;
import io.monozukuri.gateway.service.SearchService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Searches across measures and award schemes")
public class SearchResource {

    private final SearchService search;
    private final CacheConfig cache;

    public SearchResource(SearchService search, CacheConfig cache) {
        this.search = search;
        this.cache = cache;
    }

    @GET
    @Operation(
            operationId = "search",
            summary = "Search measures and award schemes together",
            description = "Full-text search over measures (title and description) and award schemes (name and "
                    + "summary). Each service ranks its own hits; the lists are merged by reciprocal rank fusion "
                    + "(an award scheme first at equal rank). Paging reaches the first 500 hits.")
    @APIResponse(
            responseCode = "200",
            description = "The hits of the page, best first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "hits",
                                            value =
                                                    """
                {"items":[{"type":"AWARD_SCHEME","id":"5b2f7c1e-6a8d-4e6b-9a51-6c1d2a3b4c5d","title":"ものづくり日本大賞",
                "snippet":"我が国産業・文化を支えてきた…","rank":1,"score":0.016393,
                "href":"/api/v1/award-schemes/5b2f7c1e-6a8d-4e6b-9a51-6c1d2a3b4c5d"},
                {"type":"MEASURE","id":"0f8fad5b-d9cb-469f-a165-70867728950e","title":"ものづくり日本大賞の実施",
                "snippet":"…","code":"2-1-3-(1)","fiscalYear":2020,"rank":2,"score":0.016393,
                "href":"/api/v1/measures/0f8fad5b-d9cb-469f-a165-70867728950e"}],
                "page":0,"size":20,"totalItems":2,"totalPages":1}""")))
    @APIResponse(
            responseCode = "400",
            description = "No query, or a page past the first 500 hits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response search(
            @QueryParam("q")
                    @NotBlank
                    @Size(max = 200)
                    @Parameter(
                            description = "What to look for (Japanese full text)",
                            required = true,
                            example = "ものづくり")
                    String q,
            @BeanParam @Valid PageRequest page,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch,
            @Context ContainerRequestContext request) {
        // the Link header's last page is the last one paging reaches
        request.setProperty(PageLinks.REACHABLE_ITEMS, (long) SearchService.WINDOW);
        ComposedCache.Composed<PageResponse<SearchHit>> answer = search.search(q.strip(), page);
        return ConditionalAnswers.of(answer.body(), answer.etag(), ifNoneMatch, cache.maxAgeSeconds());
    }

    /** The answer's schema, named for clients. */
    @Schema(name = "SearchPage", description = "A page of search hits")
    public static final class SearchPage {
        @Schema(required = true)
        public java.util.List<SearchHit> items;

        @Schema(required = true, example = "0")
        public int page;

        @Schema(required = true, example = "20")
        public int size;

        @Schema(required = true, example = "2")
        public long totalItems;

        @Schema(required = true, example = "1")
        public int totalPages;

        private SearchPage() {}
    }
}
