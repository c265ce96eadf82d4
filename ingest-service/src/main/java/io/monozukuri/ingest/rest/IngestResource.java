package io.monozukuri.ingest.rest;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.ingest.api.Job;
import io.monozukuri.ingest.api.Pages;
import io.monozukuri.ingest.api.Preview;
import io.monozukuri.ingest.service.IngestService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Report uploads: preview a parse, start an ingest job, follow it. */
@Path("/api/v1/ingest")
@Tag(name = "Ingest", description = "Parse white-paper reports and load them into the API")
@Produces(MediaType.APPLICATION_JSON)
public class IngestResource {

    static final String PDF = "application/pdf";
    private static final String REPORT_EXAMPLE = "第 1 章\n\nものづくり基盤技術の研究開発に関する事項\n第1節 ものづくり基盤技術に関する研究開発の推進等\n"
            + "…\n（1）研究開発税制等（中小企業技術基盤強化税制）\n試験研究費の総額に応じて税額控除を認める制度。\n";

    /** Both media types are the bytes of the report (format binary: a Blob, File or byte stream in a generated client). */
    private static final String REPORT_BODY =
            "The report's bytes: UTF-8 text (Content-Type text/plain; charset=UTF-8) or a PDF" + " (application/pdf)";

    private final IngestService service;

    IngestResource(IngestService service) {
        this.service = service;
    }

    @POST
    @Path("/preview")
    @Consumes({MediaType.TEXT_PLAIN, PDF})
    @RolesAllowed("ingest")
    @SecurityRequirement(name = "bearerAuth")
    @Operation(
            operationId = "previewReport",
            summary = "Parse a report without storing anything",
            description = "Answers with the measures, award schemes and warnings the report would give.")
    @RequestBody(
            required = true,
            description = REPORT_BODY,
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "200",
            description = "The parse",
            content = @Content(schema = @Schema(implementation = Preview.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Empty, unreadable, not UTF-8, or without any report structure (chapter or section and numbered headings)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "The report is too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Preview preview(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return service.preview(body, contentType);
    }

    @POST
    @Path("/reports")
    @Consumes({MediaType.TEXT_PLAIN, PDF})
    @RolesAllowed("ingest")
    @SecurityRequirement(name = "bearerAuth")
    @Operation(
            operationId = "ingestReport",
            summary = "Start the ingest of a report",
            description = "Stores the upload and starts a job that parses the report and loads its measures and award "
                    + "schemes. Ingesting the same report again replaces what it stored before; nothing is duplicated.")
    @RequestBody(
            required = true,
            description = REPORT_BODY,
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "202",
            description = "The job was created",
            content = @Content(schema = @Schema(implementation = Job.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Empty, unreadable, not UTF-8, or without any report structure (chapter or section and numbered headings)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "The report is too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response ingest(
            byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Context SecurityContext security) {
        String user = security.getUserPrincipal() == null
                ? null
                : security.getUserPrincipal().getName();
        Job job = service.submit(body, contentType, user);
        return Response.accepted(job)
                .header(HttpHeaders.LOCATION, "/api/v1/ingest/jobs/" + job.id())
                .build();
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(
            operationId = "getIngestJob",
            summary = "Follow an ingest job",
            description =
                    "Poll it after `POST /api/v1/ingest/reports` (its `Location`) until the status is SUCCEEDED or FAILED.")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content = @Content(schema = @Schema(implementation = Job.class)))
    public Job job(
            @Parameter(description = "the job id", example = "0d5c3b1e-8a4f-4f4e-9d55-1c1f0e7c2a10") @PathParam("id")
                    UUID id) {
        return service.job(id);
    }

    @GET
    @Path("/jobs")
    @Operation(
            operationId = "listIngestJobs",
            summary = "List ingest jobs, newest first",
            description = "Every ingest job, newest first, with its status, progress, counts and warnings.")
    @APIResponse(
            responseCode = "200",
            description = "A page of jobs",
            content = @Content(schema = @Schema(implementation = Pages.JobPage.class)))
    public PageResponse<Job> jobs(@BeanParam @Valid PageRequest page) {
        return service.jobs(page);
    }
}
