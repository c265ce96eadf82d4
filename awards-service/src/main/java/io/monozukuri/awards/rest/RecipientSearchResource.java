package io.monozukuri.awards.rest;

import io.monozukuri.awards.api.Pages;
import io.monozukuri.awards.api.Recipient;
import io.monozukuri.awards.api.RecipientKind;
import io.monozukuri.awards.mapping.ExportColumns;
import io.monozukuri.awards.service.Exports;
import io.monozukuri.awards.service.RecipientService;
import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.SortSpec;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recipients")
@Tag(name = "Recipients", description = "Who received what (受賞者)")
@Produces(MediaType.APPLICATION_JSON)
public class RecipientSearchResource {

    private final RecipientService recipients;
    private final Exports exports;

    public RecipientSearchResource(RecipientService recipients, Exports exports) {
        this.recipients = recipients;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "searchRecipients",
            summary = "Search recipients across every scheme and edition",
            description = "Filters combine with AND. CSV (format=csv) and NDJSON (format=ndjson) export every match.")
    @APIResponse(
            responseCode = "200",
            description = "A page of recipients, latest year first by default",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.RecipientPage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = RecipientResource.CSV_EXAMPLE))
            })
    public Response search(
            @Parameter(
                            description = "words that must all occur in the name, affiliation, category or citation",
                            example = "精密加工")
                    @QueryParam("q")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String q,
            @Parameter(description = "scheme id or name", example = "ものづくり日本大賞")
                    @QueryParam("scheme")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String scheme,
            @Parameter(
                            description = "edition year",
                            example = "2022",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .INTEGER))
                    @QueryParam("year")
                    @Param(type = Param.Type.INTEGER, min = 1800, max = 2100)
                    String year,
            @Parameter(description = "prefecture: full name, name without 都/府/県, or JIS code", example = "大阪府")
                    @QueryParam("prefecture")
                    @Param(type = Param.Type.TEXT, max = 20)
                    String prefecture,
            @Parameter(description = "recipient kind", schema = @Schema(implementation = RecipientKind.class))
                    @QueryParam("kind")
                    @Param(type = Param.Type.ENUM, values = RecipientKind.class)
                    String kind,
            @Parameter(description = "prize as the scheme prints it", example = "経済産業大臣賞")
                    @QueryParam("prize")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String prize,
            @Parameter(description = "keys year, name, prefecture, prize, kind; " + SortSpec.SYNTAX + "; default -year")
                    @QueryParam("sort")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String sort,
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid ExportRequest export,
            @Context HttpHeaders headers) {
        RecipientService.SearchParams params =
                new RecipientService.SearchParams(q, scheme, year, prefecture, kind, prize, sort);
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(recipients.search(params, page))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        recipients.search(params, ListExport.PROBE); // 400 before the answer starts
        return ListExport.response(
                format,
                "recipients",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.RECIPIENT, ListExport.CHUNK, chunk -> recipients
                                .search(params, chunk)
                                .items()));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getRecipient",
            summary = "Get one recipient",
            description = "One recipient of any scheme, by its id.")
    @APIResponse(responseCode = "200", description = "The recipient")
    public Recipient get(@Parameter(description = "recipient id", required = true) @PathParam("id") UUID id) {
        return recipients.get(id);
    }
}
