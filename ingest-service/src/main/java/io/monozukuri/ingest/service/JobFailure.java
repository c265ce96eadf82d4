package io.monozukuri.ingest.service;

import io.monozukuri.commons.client.DownstreamException;
import io.monozukuri.commons.client.DownstreamRejected;
import io.monozukuri.commons.problem.Unavailable;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What went wrong in a step of a job, in words a user can act on: the public record of the job says which service
 * failed and how, never the technical cause (addresses, internal paths, downstream bodies), which goes to the log with
 * the request id.
 *
 * @param transientFailure whether trying again later may succeed (the service was unreachable, slow or failing)
 * @param service the service of the step, e.g. {@code measures-service}
 * @param what what the step sends, e.g. {@code measures}
 */
record JobFailure(boolean transientFailure, String service, String what, Integer status) {

    /** Classifies the failure of a call to a downstream service. */
    static JobFailure ofCall(String service, String what, Throwable failure) {
        if (failure instanceof DownstreamRejected rejected) {
            return new JobFailure(false, service, what, rejected.status());
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DownstreamException answered) {
                int status = answered.status();
                return new JobFailure(status >= 500 || status == 408 || status == 429, service, what, status);
            }
            if (t instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                return new JobFailure(status >= 500 || status == 408 || status == 429, service, what, status);
            }
            if (t instanceof ProcessingException
                    || t instanceof TimeoutException
                    || t instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || t instanceof CircuitBreakerOpenException) {
                return new JobFailure(true, service, what, null);
            }
        }
        if (Unavailable.isConnectionFailure(failure)) {
            return new JobFailure(true, service, what, null);
        }
        return new JobFailure(false, service, what, null);
    }

    /** The public message of a job that waits for its next attempt. */
    String waiting(int attempt, int maxAttempts, java.time.OffsetDateTime next) {
        return service + " was unavailable while storing the " + what + " (attempt " + attempt + " of " + maxAttempts
                + "); the job tries again at " + next.withNano(0) + ".";
    }

    /** The public message of a job that failed for good. */
    String failed(int attempts, Duration over, String requestId) {
        if (transientFailure) {
            return service + " was unavailable while storing the " + what + "; tried " + attempts + " times over "
                    + describe(over) + ". Post the report again once the service is back: nothing is duplicated.";
        }
        if (status != null && status >= 400 && status < 500) {
            return service + " refused the " + what + " of this report (HTTP " + status
                    + "). The report may contain data the service does not accept; see the job's warnings.";
        }
        return service + " failed while storing the " + what + (status == null ? "" : " (HTTP " + status + ")")
                + "; quote request id " + requestId + " when reporting it.";
    }

    static String describe(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
