package io.monozukuri.gateway.rest;

import io.monozukuri.commons.client.DownstreamException;
import io.monozukuri.commons.problem.ProblemMapper;
import io.monozukuri.commons.problem.Unavailable;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** What can go wrong only at the gateway: a service that answers with an error, or not at all. */
public class GatewayProblemMapper {

    private static final Logger LOG = Logger.getLogger(GatewayProblemMapper.class);

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response downstreamError(DownstreamException e, UriInfo uri) {
        if (e.status() >= 400 && e.status() < 500) {
            Response.StatusType info = Response.Status.fromStatusCode(e.status());
            String title = info != null ? info.getReasonPhrase() : "HTTP " + e.status();
            return ProblemMapper.respond(e.status(), "downstream-rejected", title, e.getMessage(), uri, List.of());
        }
        LOG.warnf("A service answered %d on %s: %s", e.status(), uri.getPath(), e.getMessage());
        if (e.status() == 503) {
            // the service is there but cannot serve now (its database is down): so is the composed view
            return ProblemMapper.unavailable(
                    "downstream-unavailable", "A service behind the gateway is unavailable; try again later", uri);
        }
        if (e.status() == 504) {
            return retryLater(ProblemMapper.respond(
                    504,
                    "downstream-timeout",
                    "Gateway Timeout",
                    "A downstream service did not answer in time",
                    uri,
                    List.of()));
        }
        return ProblemMapper.respond(
                502, "downstream-error", "Bad Gateway", "A service behind the gateway failed", uri, List.of());
    }

    @org.jboss.resteasy.reactive.server.ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        for (Throwable t = e; t != null && !(t instanceof java.net.ConnectException); t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                LOG.warnf("A service did not answer in time on %s", uri.getPath());
                return retryLater(ProblemMapper.respond(
                        504,
                        "downstream-timeout",
                        "Gateway Timeout",
                        "A downstream service did not answer in time",
                        uri,
                        List.of()));
            }
        }
        LOG.warnf("A service cannot be reached on %s: %s", uri.getPath(), e.getMessage());
        return ProblemMapper.unavailable(
                "downstream-unavailable", "A downstream service cannot be reached; try again later", uri);
    }

    private static Response retryLater(Response response) {
        return Response.fromResponse(response)
                .header("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS))
                .build();
    }
}
