package io.monozukuri.ingest.client;

import io.monozukuri.commons.client.DownstreamException;
import io.monozukuri.commons.client.DownstreamRejected;
import io.monozukuri.contracts.ReportImport;
import io.monozukuri.contracts.ReportImportResult;
import io.monozukuri.contracts.ReportSchemes;
import io.monozukuri.contracts.ReportSchemesResult;
import io.monozukuri.ingest.service.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The internal import calls of an ingest, to awards-service and measures-service. Owns their time limits, retries and
 * circuit breakers (one per method, so per service); a 4xx ({@link DownstreamRejected}) is neither retried nor counted
 * as the service failing. Both imports are idempotent, so a retry is safe.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = DownstreamRejected.class)
@CircuitBreaker(
        requestVolumeThreshold = 4,
        failureRatio = 0.75,
        delay = 10,
        delayUnit = ChronoUnit.SECONDS,
        skipOn = DownstreamRejected.class)
public class ImportClient {

    private final AwardsApi awards;
    private final MeasuresApi measures;
    private final ServiceTokens tokens;

    @Inject
    ImportClient(@RestClient AwardsApi awards, @RestClient MeasuresApi measures, ServiceTokens tokens) {
        this.awards = awards;
        this.measures = measures;
        this.tokens = tokens;
    }

    /** Creates or updates the award schemes a report prints. */
    @Timeout(value = 45, unit = ChronoUnit.SECONDS)
    public ReportSchemesResult importSchemes(UUID reportId, ReportSchemes body) {
        try {
            return awards.importSchemes(reportId, tokens.bearer(), body);
        } catch (DownstreamException e) {
            throw e.of("awards-service");
        }
    }

    /** Stores (or replaces) a report's measures. */
    @Timeout(value = 90, unit = ChronoUnit.SECONDS)
    public ReportImportResult importReport(UUID reportId, ReportImport body) {
        try {
            return measures.importReport(reportId, tokens.bearer(), body);
        } catch (DownstreamException e) {
            throw e.of("measures-service");
        }
    }
}
