package io.monozukuri.gateway.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.paging.PageResponse;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** measures-service as the gateway's composed views call it: bounded in time, retried once, guarded. */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 1, delay = 100)
@RetryWhen(exception = ConnectFailure.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = DownstreamException.class)
public class MeasuresClient {

    private final MeasuresRestClient client;

    public MeasuresClient(@RestClient MeasuresRestClient client) {
        this.client = client;
    }

    /** Measures matching a full-text query, best first. */
    public PageResponse<ObjectNode> search(String q, int page, int size) {
        return client.list(q, null, page, size);
    }

    /** Measures that mention an award scheme. */
    public PageResponse<ObjectNode> mentioning(String awardSchemeId, int page, int size) {
        return client.list(null, awardSchemeId, page, size);
    }
}
