package io.monozukuri.measures.rest;

import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.ReportImport;
import io.monozukuri.contracts.ReportImportResult;
import io.monozukuri.measures.service.ReportImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Service-to-service: ingest-service stores a parsed report here. Never routed by the gateway. */
@Path("/internal/v1/reports")
@Tag(name = "Internal", description = "Service-to-service endpoints, not routed by the gateway")
public class ReportImportResource {

    private final ReportImportService imports;

    public ReportImportResource(ReportImportService imports) {
        this.imports = imports;
    }

    @PUT
    @Path("/{reportId}")
    @RolesAllowed("ingest")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importReport",
            summary = "Store a parsed report, replacing an earlier ingest of it in one transaction",
            description =
                    "Service-to-service (ingest-service): the body is the contract record ReportImport; 201 when the"
                            + " report is new, 200 when it replaced an earlier ingest of it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReportImport.class)))
    @APIResponse(
            responseCode = "200",
            description = "The report existed and was replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportImportResult.class)))
    @APIResponse(
            responseCode = "201",
            description = "The report is new",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportImportResult.class)))
    public Response put(
            @PathParam("reportId") @Parameter(description = "report id made by ingest-service") UUID id,
            ReportImport body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a report is required");
        }
        ReportImportService.Outcome outcome = imports.importReport(id, body);
        return outcome.created()
                ? Response.created(URI.create("/api/v1/reports/" + id))
                        .entity(outcome.result())
                        .build()
                : Response.ok(outcome.result()).build();
    }
}
