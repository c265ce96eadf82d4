package io.monozukuri.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.requestid.RequestIds;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * Problem answers for what the gateway decides outside of Quarkus REST (proxied routes, the rate limit):
 * the same RFC 9457 body as {@link io.monozukuri.commons.problem.ProblemMapper}, request id included.
 */
@ApplicationScoped
public class ProblemResponses {

    private static final String TYPE_BASE = "https://monozukuri.io/problems/";

    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Ends the exchange with a problem, unless an answer was already started. */
    public void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        String requestId = ctx.get(RequestIds.MDC_KEY);
        Problem problem = new Problem(
                URI.create(TYPE_BASE + slug),
                title,
                status,
                detail,
                ctx.request().path(),
                requestId != null ? requestId : RequestIds.current(),
                null);
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + title + "\",\"status\":" + status + "}";
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
