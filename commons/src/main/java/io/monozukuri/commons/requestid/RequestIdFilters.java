package io.monozukuri.commons.requestid;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Accepts or creates the request id of every request and returns it in the answer. */
public class RequestIdFilters {

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        String id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(RequestIds.MDC_KEY, id);
        request.getHeaders().putSingle(RequestIds.HEADER, id);
        RequestIds.set(id);
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
