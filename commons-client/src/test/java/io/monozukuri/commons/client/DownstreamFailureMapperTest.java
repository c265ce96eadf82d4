package io.monozukuri.commons.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.commons.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class DownstreamFailureMapperTest {

    private final DownstreamFailureMapper mapper = new DownstreamFailureMapper();
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/search" : null);

    private static Problem problem(Response response) {
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void aTimeoutIs504AndAnOpenCircuit503WithRetryAfter() {
        Problem timeout = problem(mapper.downstreamTimeout(new TimeoutException("slow"), uri));
        assertThat(timeout.status()).isEqualTo(504);
        assertThat(timeout.detail()).doesNotContain("slow");
        Response open = mapper.downstreamOpen(new CircuitBreakerOpenException("open"), uri);
        assertThat(problem(open).status()).isEqualTo(503);
        assertThat(open.getHeaderString("Retry-After")).isNotBlank();
    }
}
