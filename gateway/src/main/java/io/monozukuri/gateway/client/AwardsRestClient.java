package io.monozukuri.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.client.DownstreamExceptionMapper;
import io.monozukuri.commons.json.StrictJson;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.requestid.RequestIdClientFilter;
import io.monozukuri.contracts.AwardScheme;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The part of awards-service the gateway composes with; used only through {@link DownstreamClient}. */
@RegisterRestClient(configKey = "awards")
@RegisterProvider(RequestIdClientFilter.class)
@RegisterProvider(DownstreamExceptionMapper.class)
@Path("/api/v1/award-schemes")
@Produces(MediaType.APPLICATION_JSON)
interface AwardsRestClient {

    /** A page of schemes; {@code 304} without a body while {@code ifNoneMatch} is current. */
    @GET
    RestResponse<PageResponse<AwardScheme>> list(
            @QueryParam("q") String q,
            @QueryParam("page") int page,
            @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** One scheme; {@code 304} without a body while {@code ifNoneMatch} is current. */
    @GET
    @Path("/{id}")
    RestResponse<AwardScheme> get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    /** Answers are read leniently: a field the service adds breaks nothing. */
    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper strict) {
        return StrictJson.lenient(strict);
    }
}
