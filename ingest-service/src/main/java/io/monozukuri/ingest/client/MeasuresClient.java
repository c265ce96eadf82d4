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

/** Sends parsed reports to measures-service; owns the timeouts, retries and circuit breaker of that call. */
@ApplicationScoped
public class MeasuresClient {

    private final MeasuresApi api;
    private final ServiceTokens tokens;

    @Inject
    MeasuresClient(@RestClient MeasuresApi api, ServiceTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** Stores (or replaces) a report's measures. The import is idempotent, so it is safe to retry. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = DownstreamRejected.class)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.75,
            delay = 10,
            delayUnit = ChronoUnit.SECONDS,
            skipOn = DownstreamRejected.class)
    public MeasuresImportResult importReport(UUID reportId, MeasuresImport body) {
        return DownstreamRejected.translate(
                "measures-service", () -> api.importReport(reportId, tokens.bearer(), body));
    }
}
