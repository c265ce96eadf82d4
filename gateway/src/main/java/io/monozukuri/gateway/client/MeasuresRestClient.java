package io.monozukuri.gateway.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.requestid.RequestIdClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of measures-service the gateway composes with; used only through {@link MeasuresClient}. */
@RegisterRestClient(configKey = "measures")
@RegisterProvider(RequestIdClientFilter.class)
@RegisterProvider(DownstreamResponseMapper.class)
@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
interface MeasuresRestClient {

    @GET
    PageResponse<ObjectNode> list(
            @QueryParam("q") String q,
            @QueryParam("awardScheme") String awardScheme,
            @QueryParam("page") int page,
            @QueryParam("size") int size);
}
