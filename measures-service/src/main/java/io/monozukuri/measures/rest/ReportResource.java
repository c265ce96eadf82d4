package io.monozukuri.measures.rest;

import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.measures.api.Outline;
import io.monozukuri.measures.api.Pages;
import io.monozukuri.measures.api.Report;
import io.monozukuri.measures.mapping.ExportColumns;
import io.monozukuri.measures.service.Exports;
import io.monozukuri.measures.service.ReportService;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The ingested editions of the report and their outline")
public class ReportResource {

    static final String CSV_EXAMPLE = "id,title,fiscalYear,sourceHash,lineCount,pageCount,warningCount,ingestedAt,"
            + "updatedAt,chapters,sections,measures,subsections,items,subitems,withBudget,reposted,corrected,ownYen\r\n"
            + "2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f,令和2年度においてものづくり基盤技術の振興に関して講じた施策,2020,"
            + "9f2c1e0b7a6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b,3467,40,6,2026-11-28T10:00:00Z,"
            + "2026-11-28T10:00:00Z,7,20,295,50,140,105,134,25,0,1234500000000\r\n";

    private final ReportService reports;
    private final Exports exports;

    public ReportResource(ReportService reports, Exports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "listReports",
            summary = "The ingested reports, newest fiscal year first",
            description = "Every ingested edition of the report, with its source hash and counts of chapters, sections"
                    + " and measures. CSV (format=csv) and NDJSON (format=ndjson) export every report.")
    @APIResponse(
            responseCode = "200",
            description = "The reports",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.ReportPage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
            })
    public Response list(
            @BeanParam @Valid PageRequest page, @BeanParam @Valid ExportRequest export, HttpHeaders headers) {
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(reports.list(page), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        return ListExport.response(
                format,
                "reports",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.REPORT, ListExport.CHUNK, chunk -> reports.list(chunk)
                                .items()));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getReport",
            summary = "One report: title, fiscal year, source hash and counts",
            description = "The report's title, fiscal year, source hash, size and counts.")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)))
    public Report get(@PathParam("id") @Parameter(description = "report id") UUID id) {
        return reports.get(id);
    }

    @GET
    @Path("/{id}/outline")
    @Operation(
            operationId = "getReportOutline",
            summary = "The chapter → section → subsection → item → sub-item tree of a report",
            description =
                    "The whole tree in one answer; measures printed outside any section sit in a section with a null number.")
    @APIResponse(
            responseCode = "200",
            description = "The outline",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outline.class)))
    public Outline outline(@PathParam("id") @Parameter(description = "report id") UUID id) {
        return reports.outline(id);
    }
}
