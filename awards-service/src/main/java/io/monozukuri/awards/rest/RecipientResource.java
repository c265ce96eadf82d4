package io.monozukuri.awards.rest;

import io.monozukuri.awards.api.Pages;
import io.monozukuri.awards.api.Recipient;
import io.monozukuri.awards.api.RecipientInput;
import io.monozukuri.awards.mapping.ExportColumns;
import io.monozukuri.awards.service.Exports;
import io.monozukuri.awards.service.RecipientService;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.concurrency.Versioned;
import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.SortSpec;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/award-schemes/{schemeId}/editions/{editionId}/recipients")
@Tag(name = "Recipients", description = "Who received what (受賞者)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipientResource {

    static final String CSV_EXAMPLE =
            "id,schemeId,schemeName,editionId,editionNumber,editionYear,name,kind,affiliation,prefecture,"
                    + "prize,category,citation,share,status\r\n"
                    + "3f2a9c0d-1e4b-4a69-98c0-d1e2f3a4b5c6,"
                    + "5b8f8f52-3f55-4c8e-a7a4-2b4f7f1f3c10,ものづくり日本大賞,"
                    + "9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f,9,2022,株式会社山田製作所,COMPANY,,"
                    + "大阪府,経済産業大臣賞,製造・生産プロセス部門,,1,AWARDED\r\n";

    private final RecipientService recipients;
    private final Exports exports;

    public RecipientResource(RecipientService recipients, Exports exports) {
        this.recipients = recipients;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "listEditionRecipients",
            summary = "List the recipients of an edition",
            description = "Paged, sorted by the `sort` keys (default latest year first, then name). CSV (format=csv)"
                    + " and NDJSON (format=ndjson) export every recipient of the edition.")
    @APIResponse(
            responseCode = "200",
            description = "A page of recipients",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.RecipientPage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
            })
    public Response list(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @Parameter(description = "keys name, prefecture, prize, kind, year; " + SortSpec.SYNTAX, example = "name")
                    @QueryParam("sort")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String sort,
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid ExportRequest export,
            @Context HttpHeaders headers) {
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(recipients.listOfEdition(schemeId, editionId, sort, page))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        recipients.listOfEdition(schemeId, editionId, sort, ListExport.PROBE); // 404 or 400 first
        return ListExport.response(
                format,
                "recipients",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.RECIPIENT, ListExport.CHUNK, chunk -> recipients
                                .listOfEdition(schemeId, editionId, sort, chunk)
                                .items()));
    }

    @GET
    @Path("/{recipientId}")
    @Operation(
            operationId = "getEditionRecipient",
            summary = "Get one recipient of an edition",
            description = "One recipient, found under its scheme and edition.")
    @APIResponse(responseCode = "200", description = "The recipient")
    public Recipient get(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @Parameter(description = "recipient id", required = true) @PathParam("recipientId") UUID recipientId) {
        return recipients.get(schemeId, editionId, recipientId);
    }

    @POST
    @RolesAllowed("editor")
    @Operation(
            operationId = "createRecipient",
            summary = "Add a recipient to an edition",
            description =
                    "The prize must be one the scheme awards (compared in the search normal form, stored as the scheme prints it); the prefecture one of the 47 (stored by its full name).")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = Recipient.class)))
    public Response create(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @NotNull @Valid RecipientInput input,
            @Context UriInfo uri) {
        Versioned<Recipient> created = recipients.create(schemeId, editionId, input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().id().toString())
                        .build())
                .entity(created.value())
                .tag(created.tag())
                .build();
    }

    @PUT
    @Path("/{recipientId}")
    @RolesAllowed("editor")
    @Operation(
            operationId = "updateRecipient",
            summary = "Replace a recipient",
            description = "Replaces every field of the recipient, with the rules of creation.")
    @APIResponse(
            responseCode = "200",
            description = "The recipient",
            content = @Content(schema = @Schema(implementation = Recipient.class)))
    public Response update(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @Parameter(description = "recipient id", required = true) @PathParam("recipientId") UUID recipientId,
            @HeaderParam(IfMatch.HEADER) @Parameter(hidden = true) String ifMatch,
            @NotNull @Valid RecipientInput input) {
        return recipients
                .update(schemeId, editionId, recipientId, input, ifMatch)
                .ok();
    }

    @DELETE
    @Path("/{recipientId}")
    @RolesAllowed("editor")
    @Operation(
            operationId = "deleteRecipient",
            summary = "Delete a recipient",
            description = "Deletes the recipient; the edition and scheme stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @Parameter(description = "recipient id", required = true) @PathParam("recipientId") UUID recipientId,
            @HeaderParam(IfMatch.HEADER) @Parameter(hidden = true) String ifMatch) {
        recipients.delete(schemeId, editionId, recipientId, ifMatch);
    }
}
