package io.monozukuri.gateway.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.paging.PageResponse;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** awards-service as the gateway's composed views call it: bounded in time, retried once, guarded. */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 1, delay = 100)
@RetryWhen(exception = ConnectFailure.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = DownstreamException.class)
public class AwardsClient {

    private final AwardsRestClient client;

    public AwardsClient(@RestClient AwardsRestClient client) {
        this.client = client;
    }

    /** Award schemes matching a query, in the service's order. */
    public PageResponse<ObjectNode> search(String q, int page, int size) {
        return client.list(q, page, size);
    }

    /** One award scheme, or empty when the service does not know it. */
    public Optional<ObjectNode> get(String id) {
        try {
            return Optional.ofNullable(client.get(id));
        } catch (DownstreamException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
