package io.monozukuri.gateway.client;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A service's answer to a conditional read: its body (null when the service answered {@code 304}: what the gateway
 * kept is still current) and its ETag (null when the service sent none).
 */
public record Fetched<T>(T body, String etag, boolean notModified) {

    static <T> Fetched<T> of(RestResponse<T> response) {
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (response.getStatus() == 304) {
            return new Fetched<>(null, etag, true);
        }
        return new Fetched<>(response.getEntity(), etag, false);
    }
}
