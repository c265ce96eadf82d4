package io.monozukuri.awards.rest;

import io.monozukuri.awards.service.SchemeIngestService;
import io.monozukuri.contracts.ReportSchemes;
import io.monozukuri.contracts.ReportSchemesResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What ingest-service says to awards-service; never routed by the gateway. */
@Path("/internal/v1/reports/{reportId}/award-schemes")
@Tag(name = "Internal", description = "Service-to-service calls, not routed by the gateway")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InternalReportResource {

    private final SchemeIngestService ingest;

    public InternalReportResource(SchemeIngestService ingest) {
        this.ingest = ingest;
    }

    @PUT
    @RolesAllowed("ingest")
    @Operation(
            operationId = "putReportAwardSchemes",
            summary = "Store the award schemes one report prints",
            description = "Replaces what an earlier ingest of the same report stored, in one transaction. A scheme is"
                    + " recognised by its name (NFKC, spaces removed); its fields become those of the latest fiscal"
                    + " year that prints it, and what each report printed is kept.")
    @APIResponse(responseCode = "200", description = "The id of every scheme of the report")
    public ReportSchemesResult put(
            @Parameter(description = "the report id given by ingest-service (a UUID)", required = true)
                    @PathParam("reportId")
                    UUID reportId,
            @NotNull @Valid ReportSchemes body) {
        return ingest.replace(reportId, body);
    }
}
