package io.monozukuri.commons.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns an error answer of a service into a {@link DownstreamRejected} (4xx) or a {@link DownstreamException} (5xx)
 * that keeps the problem's detail. Register it on every REST client with {@code @RegisterProvider}.
 */
public class DownstreamExceptionMapper implements ResponseExceptionMapper<DownstreamException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public DownstreamException toThrowable(Response response) {
        String detail = null;
        try {
            String body = response.readEntity(String.class);
            JsonNode problem = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (problem != null && problem.hasNonNull("detail")) {
                detail = problem.get("detail").asText();
            }
        } catch (RuntimeException | java.io.IOException e) {
            // not a problem body: keep the status only
        }
        int status = response.getStatus();
        String message = detail != null ? detail : "HTTP " + status;
        return status < 500 ? new DownstreamRejected(status, message) : new DownstreamException(status, message);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
