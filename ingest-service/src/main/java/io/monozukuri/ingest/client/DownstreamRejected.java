package io.monozukuri.ingest.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;

/**
 * A downstream service answered the request with a 4xx: the request itself is wrong, so retrying cannot help and
 * the circuit breaker must not count it as the service failing.
 */
public class DownstreamRejected extends RuntimeException {

    private final int status;

    public DownstreamRejected(String service, int status, String body) {
        super(service + " rejected the import with HTTP " + status
                + (body == null || body.isBlank() ? "" : ": " + body));
        this.status = status;
    }

    public int status() {
        return status;
    }

    static <T> T translate(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                String body = null;
                try {
                    body = e.getResponse().readEntity(String.class);
                } catch (RuntimeException ignored) {
                    // no readable body
                }
                throw new DownstreamRejected(service, status, body);
            }
            throw e;
        }
    }
}
