package io.monozukuri.ingest.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.client.DownstreamExceptionMapper;
import io.monozukuri.commons.json.StrictJson;
import io.monozukuri.commons.requestid.RequestIdClientFilter;
import io.monozukuri.contracts.ReportSchemes;
import io.monozukuri.contracts.ReportSchemesResult;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** awards-service's internal import API; used only through {@link ImportClient}. */
@RegisterRestClient(configKey = "awards")
@RegisterProvider(RequestIdClientFilter.class)
@RegisterProvider(DownstreamExceptionMapper.class)
@Path("/internal/v1/reports")
interface AwardsApi {

    @PUT
    @Path("/{reportId}/award-schemes")
    ReportSchemesResult importSchemes(
            @PathParam("reportId") UUID reportId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            ReportSchemes body);

    /** Answers are read leniently: a field the service adds breaks nothing. */
    @ClientObjectMapper
    static ObjectMapper json(ObjectMapper strict) {
        return StrictJson.lenient(strict);
    }
}
