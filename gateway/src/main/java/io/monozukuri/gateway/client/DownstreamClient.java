package io.monozukuri.gateway.client;

import io.monozukuri.commons.client.ConnectFailure;
import io.monozukuri.commons.client.DownstreamRejected;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.Measure;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * measures-service and awards-service as the gateway's composed views call them, read as the contract records: bounded
 * in time, retried once when the connection could not be made, guarded by a circuit breaker per method (so per
 * service and call) that a 4xx ({@link DownstreamRejected}) does not trip.
 */
@ApplicationScoped
@Timeout(5000)
@Retry(maxRetries = 1, delay = 100)
@RetryWhen(exception = ConnectFailure.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = DownstreamRejected.class)
public class DownstreamClient {

    private final MeasuresRestClient measures;
    private final AwardsRestClient awards;

    public DownstreamClient(@RestClient MeasuresRestClient measures, @RestClient AwardsRestClient awards) {
        this.measures = measures;
        this.awards = awards;
    }

    /**
     * Measures matching a full-text query, best first. Like every read here: conditional when {@code ifNoneMatch} is
     * given (the ETag of the answer the gateway kept), then {@link Fetched#notModified()} while it is current.
     */
    public Fetched<PageResponse<Measure>> searchMeasures(String q, int page, int size, String ifNoneMatch) {
        return Fetched.of(measures.list(q, null, page, size, ifNoneMatch));
    }

    /** Measures that mention an award scheme. */
    public Fetched<PageResponse<Measure>> measuresMentioning(
            UUID awardSchemeId, int page, int size, String ifNoneMatch) {
        return Fetched.of(measures.list(null, awardSchemeId, page, size, ifNoneMatch));
    }

    /** Award schemes matching a query, in the service's order. */
    public Fetched<PageResponse<AwardScheme>> searchSchemes(String q, int page, int size, String ifNoneMatch) {
        return Fetched.of(awards.list(q, page, size, ifNoneMatch));
    }

    /** One award scheme; a body of null and no 304 when the service does not know it. */
    public Fetched<AwardScheme> scheme(UUID id, String ifNoneMatch) {
        try {
            return Fetched.of(awards.get(id, ifNoneMatch));
        } catch (DownstreamRejected e) {
            if (e.status() == 404) {
                return new Fetched<>(null, null, false);
            }
            throw e;
        }
    }
}
