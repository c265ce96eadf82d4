package io.monozukuri.measures.rest;

import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.measures.api.Pages;
import io.monozukuri.measures.mapping.ExportColumns;
import io.monozukuri.measures.service.Exports;
import io.monozukuri.measures.service.MinistryService;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ministries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministries", description = "The ministries named by the measures")
public class MinistryResource {

    private final MinistryService ministries;
    private final Exports exports;

    public MinistryResource(MinistryService ministries, Exports exports) {
        this.ministries = ministries;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "listMinistries",
            summary = "The ministry registry: code, names, printed short forms and measure count, most used first",
            description = "Every ministry named by a measure: registry code, names, every short form printed for it and"
                    + " how many measures name it. CSV (format=csv) and NDJSON (format=ndjson) export every ministry.")
    @APIResponse(
            responseCode = "200",
            description = "The ministries",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.MinistryPage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value = "code,name,nameEn,shortNames,measureCount\r\n"
                                                + "METI,経済産業省,\"Ministry of Economy, Trade and Industry\",経産省,151\r\n"))
            })
    public Response list(
            @BeanParam @Valid PageRequest page, @BeanParam @Valid ExportRequest export, HttpHeaders headers) {
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(ministries.list(page), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        return ListExport.response(
                format,
                "ministries",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.MINISTRY, ListExport.CHUNK, chunk -> ministries
                                .list(chunk)
                                .items()));
    }
}
