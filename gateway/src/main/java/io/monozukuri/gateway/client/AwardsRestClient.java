package io.monozukuri.gateway.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.requestid.RequestIdClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of awards-service the gateway composes with; used only through {@link AwardsClient}. */
@RegisterRestClient(configKey = "awards")
@RegisterProvider(RequestIdClientFilter.class)
@RegisterProvider(DownstreamResponseMapper.class)
@Path("/api/v1/award-schemes")
@Produces(MediaType.APPLICATION_JSON)
interface AwardsRestClient {

    @GET
    PageResponse<ObjectNode> list(
            @QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    ObjectNode get(@PathParam("id") String id);
}
