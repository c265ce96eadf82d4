package io.monozukuri.measures.rest;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.measures.api.Outline;
import io.monozukuri.measures.api.Pages;
import io.monozukuri.measures.api.Report;
import io.monozukuri.measures.service.ReportService;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The ingested editions of the report and their outline")
public class ReportResource {

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(
            operationId = "listReports",
            summary = "The ingested reports, newest fiscal year first",
            description =
                    "Every ingested edition of the report, with its source hash and counts of chapters, sections and measures.")
    @APIResponse(
            responseCode = "200",
            description = "The reports",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.ReportPage.class)))
    public PageResponse<Report> list(@BeanParam @Valid PageRequest page) {
        return reports.list(page);
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
