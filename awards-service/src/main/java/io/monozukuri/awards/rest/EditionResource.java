package io.monozukuri.awards.rest;

import io.monozukuri.awards.api.Edition;
import io.monozukuri.awards.api.EditionInput;
import io.monozukuri.awards.api.Pages;
import io.monozukuri.awards.mapping.ExportColumns;
import io.monozukuri.awards.service.EditionService;
import io.monozukuri.awards.service.Exports;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.concurrency.Versioned;
import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.Params;
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

@Path("/api/v1/award-schemes/{schemeId}/editions")
@Tag(name = "Editions", description = "Editions (第N回, one year) of an award scheme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionResource {

    private final EditionService editions;
    private final Exports exports;

    public EditionResource(EditionService editions, Exports exports) {
        this.editions = editions;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "listEditions",
            summary = "List the editions of a scheme",
            description = "Paged, latest year first by default; each edition says how many recipients it has. CSV"
                    + " (format=csv) and NDJSON (format=ndjson) export every edition.")
    @APIResponse(
            responseCode = "200",
            description = "A page of editions, latest year first by default",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.EditionPage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value = "id,schemeId,number,title,year,callFrom,callTo,announcementDate,"
                                                + "ceremonyDate,notes,recipientCount\r\n"
                                                + "9c1e2d3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f,"
                                                + "5b8f8f52-3f55-4c8e-a7a4-2b4f7f1f3c10,9,第9回ものづくり日本大賞,2022,"
                                                + "2021-05-10,2021-08-31,2023-01-20,2023-02-27,,12\r\n"))
            })
    public Response list(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "keys year, number; " + SortSpec.SYNTAX + "; default -year", example = "number")
                    @QueryParam("sort")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String sort,
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid ExportRequest export,
            @Context HttpHeaders headers) {
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(editions.list(schemeId, sort, page))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        editions.list(schemeId, sort, ListExport.PROBE); // 404 or 400 before the answer starts
        return ListExport.response(
                format,
                "editions",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.EDITION, ListExport.CHUNK, chunk -> editions.list(
                                        schemeId, sort, chunk)
                                .items()));
    }

    @GET
    @Path("/{editionId}")
    @Operation(
            operationId = "getEdition",
            summary = "Get one edition",
            description = "One edition of the scheme, with its call period, dates and recipient count.")
    @APIResponse(responseCode = "200", description = "The edition")
    public Edition get(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId) {
        return editions.get(schemeId, editionId);
    }

    @POST
    @RolesAllowed("editor")
    @Operation(
            operationId = "createEdition",
            summary = "Add an edition to a scheme",
            description =
                    "The number is unique within the scheme (409 otherwise); when left out and the title contains 第N回, N is the number. The year may not be before the scheme's `since` year, and numbers keep the order of years.")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = Edition.class)))
    @APIResponse(
            responseCode = "409",
            description = "The scheme already has an edition with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @NotNull @Valid EditionInput input,
            @Context UriInfo uri) {
        Versioned<Edition> created = editions.create(schemeId, input);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.value().id().toString())
                        .build())
                .entity(created.value())
                .tag(created.tag())
                .build();
    }

    @PUT
    @Path("/{editionId}")
    @RolesAllowed("editor")
    @Operation(
            operationId = "updateEdition",
            summary = "Replace an edition",
            description = "Replaces every field of the edition, with the rules of creation.")
    @APIResponse(
            responseCode = "200",
            description = "The edition",
            content = @Content(schema = @Schema(implementation = Edition.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another edition of the scheme has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @HeaderParam(IfMatch.HEADER) @Parameter(hidden = true) String ifMatch,
            @NotNull @Valid EditionInput input) {
        return editions.update(schemeId, editionId, input, ifMatch).ok();
    }

    @DELETE
    @Path("/{editionId}")
    @RolesAllowed("editor")
    @Operation(
            operationId = "deleteEdition",
            summary = "Delete an edition",
            description = "An edition that still has recipients is kept (409) unless cascade=true.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "The edition still has recipients",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void delete(
            @Parameter(description = "scheme id", required = true) @PathParam("schemeId") UUID schemeId,
            @Parameter(description = "edition id", required = true) @PathParam("editionId") UUID editionId,
            @Parameter(description = "also delete the edition's recipients")
                    @QueryParam("cascade")
                    @Param(type = Param.Type.BOOLEAN)
                    String cascade,
            @HeaderParam(IfMatch.HEADER) @Parameter(hidden = true) String ifMatch) {
        editions.delete(schemeId, editionId, Boolean.TRUE.equals(Params.toBoolean(cascade)), ifMatch);
    }
}
