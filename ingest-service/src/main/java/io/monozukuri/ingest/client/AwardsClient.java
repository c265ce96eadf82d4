package io.monozukuri.ingest.client;

import io.monozukuri.ingest.service.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Sends parsed award schemes to awards-service; owns the timeouts, retries and circuit breaker of that call. */
@ApplicationScoped
public class AwardsClient {

    private final AwardsApi api;
    private final ServiceTokens tokens;

    @Inject
    AwardsClient(@RestClient AwardsApi api, ServiceTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** Creates or updates the schemes a report prints. Idempotent, so it is safe to retry. */
    @Timeout(value = 45, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = DownstreamRejected.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10,
            delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejected.class)
    public AwardsImportResult importSchemes(UUID reportId, AwardsImport body) {
        return DownstreamRejected.translate("awards-service", () -> api.importSchemes(reportId, tokens.bearer(), body));
    }
}
