package io.monozukuri.gateway.openapi;

import static io.monozukuri.commons.openapi.ApiDocumentFilter.addHeader;
import static io.monozukuri.commons.openapi.ApiDocumentFilter.header;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What the gateway adds to every public operation, when it is built: the 429 of its rate limit with the
 * {@code RateLimit-*} and {@code Retry-After} headers, the {@code RateLimit-*} headers on every answer, and the 503 and
 * 504 it answers when a service cannot be reached or is too slow. The problem answers and headers every service gives
 * are added by the commons filter; this is only what the edge adds.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class GatewayDocumentFilter implements OASFilter {

    private static final List<String> RATE_HEADERS =
            List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        header(components, "RateLimit-Limit", "Requests a client may make in the current one-minute window", 600);
        header(components, "RateLimit-Remaining", "Requests left to the client in the current window", 599);
        header(components, "RateLimit-Reset", "Seconds until the current window ends", 42);
        header(components, "Retry-After", "Seconds to wait before trying again", 42);
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Operation op : path.getValue().getOperations().values()) {
                APIResponses responses = op.getResponses();
                for (Map.Entry<String, APIResponse> r :
                        responses.getAPIResponses().entrySet()) {
                    if (r.getValue().getRef() == null && !r.getKey().equals("429")) {
                        RATE_HEADERS.forEach(h -> addHeader(r.getValue(), h));
                    }
                }
                if (responses.getAPIResponse("429") == null) {
                    APIResponse tooMany =
                            problem(429, "The client spent its requests of this minute; wait Retry-After seconds");
                    RATE_HEADERS.forEach(h -> addHeader(tooMany, h));
                    addHeader(tooMany, "Retry-After");
                    addHeader(tooMany, "X-Request-ID");
                    responses.addAPIResponse("429", tooMany);
                }
                if (responses.getAPIResponse("503") == null) {
                    APIResponse unavailable = problem(
                            503,
                            "A service behind the gateway cannot be reached (or its circuit is open); try again"
                                    + " after Retry-After seconds");
                    addHeader(unavailable, "Retry-After");
                    addHeader(unavailable, "X-Request-ID");
                    responses.addAPIResponse("503", unavailable);
                }
                if (responses.getAPIResponse("504") == null) {
                    APIResponse timeout = problem(504, "A service behind the gateway did not answer in time");
                    addHeader(timeout, "X-Request-ID");
                    responses.addAPIResponse("504", timeout);
                }
            }
        }
    }

    private static APIResponse problem(int status, String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                                        .example(example(status, description))));
    }

    /** Keeps its key order, so that the document is the same on every build. */
    private static Map<String, Object> example(int status, String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://monozukuri.io/problems/" + SLUGS.get(status));
        example.put("title", TITLES.get(status));
        example.put("status", status);
        example.put("detail", description);
        example.put("instance", "/api/v1/measures");
        example.put("requestId", "6b1d4c0e-1f1e-4c55-9f0a-2f4c2b4f7a10");
        return example;
    }

    private static final Map<Integer, String> SLUGS =
            Map.of(429, "too-many-requests", 503, "downstream-unavailable", 504, "downstream-timeout");
    private static final Map<Integer, String> TITLES =
            Map.of(429, "Too Many Requests", 503, "Service Unavailable", 504, "Gateway Timeout");
}
