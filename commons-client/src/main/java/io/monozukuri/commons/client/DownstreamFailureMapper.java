package io.monozukuri.commons.client;

import io.monozukuri.commons.problem.ProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problem answers of a call to another service that the fault tolerance of its client wrapper gave up on: a
 * timeout is {@code 504}, an open circuit {@code 503} with {@code Retry-After}. Part of the one global problem mapping
 * ({@link ProblemMapper}), here because only the services that call others have fault tolerance.
 */
public class DownstreamFailureMapper {

    @ServerExceptionMapper
    public Response downstreamTimeout(TimeoutException e, UriInfo uri) {
        return ProblemMapper.respond(
                504,
                "downstream-timeout",
                "Gateway Timeout",
                "A downstream service did not answer in time",
                uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response downstreamOpen(CircuitBreakerOpenException e, UriInfo uri) {
        return ProblemMapper.unavailable("downstream-unavailable", "A downstream service is unavailable", uri);
    }
}
