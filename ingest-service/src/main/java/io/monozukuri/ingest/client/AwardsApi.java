package io.monozukuri.ingest.client;

import io.monozukuri.commons.requestid.RequestIdClientFilter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** awards-service's internal import API; used only through {@link AwardsClient}. */
@RegisterRestClient(configKey = "awards")
@RegisterProvider(RequestIdClientFilter.class)
@Path("/internal/v1/reports")
interface AwardsApi {

    @PUT
    @Path("/{reportId}/award-schemes")
    AwardsImportResult importSchemes(
            @PathParam("reportId") UUID reportId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            AwardsImport body);
}
