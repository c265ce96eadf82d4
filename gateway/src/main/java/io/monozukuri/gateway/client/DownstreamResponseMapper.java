package io.monozukuri.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns an error answer of a service into a {@link DownstreamException} that keeps its problem detail. */
public class DownstreamResponseMapper implements ResponseExceptionMapper<DownstreamException> {

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
        } catch (Exception e) {
            // not a problem body: keep the status only
        }
        return new DownstreamException(response.getStatus(), detail != null ? detail : "HTTP " + response.getStatus());
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
