package io.monozukuri.awards.rest;

import io.monozukuri.awards.api.Pages;
import io.monozukuri.awards.api.SchemePatch;
import io.monozukuri.awards.mapping.ExportColumns;
import io.monozukuri.awards.service.AwardSchemeService;
import io.monozukuri.awards.service.Exports;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.SortSpec;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.FrequencyKind;
import io.monozukuri.contracts.RecruitmentMethod;
import io.monozukuri.contracts.SchemeStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/award-schemes")
@Tag(name = "Award schemes", description = "Award schemes of the reports' award tables (表彰制度)")
@Produces(MediaType.APPLICATION_JSON)
public class AwardSchemeResource {

    static final String SCHEME_CSV_EXAMPLE = "id,name,summary,ministryCode,ministryName,office,prizes,prizeNote,"
            + "recruitmentMethod,recruitmentText,frequencyKind,frequencyText,nextCallText,nextCallFrom,nextCallTo,status,"
            + "note,since,sourceReportId,sourceFiscalYear,sourceLineStart,sourceLineEnd,sourcePage\r\n"
            + "5b8f8f52-3f55-4c8e-a7a4-2b4f7f1f3c10,ものづくり日本大賞,我が国産業・文化を支えてきた「ものづくり」を…,METI,"
            + "経済産業省,製造産業局ものづくり政策審議室,内閣総理大臣賞; 経済産業大臣賞; 文部科学大臣賞,,PUBLIC_CALL,一般公募,"
            + "TRIENNIAL,3年に一度,2021年5月～8月（予定）,2021-05,2021-08,ACTIVE,,,2b0c6d3e-8a4f-3f52-9d3e-0c6e4d1b2a77,2020,"
            + "3089,3126,34\r\n";
    static final String STATEMENT_CSV_EXAMPLE = "reportId,fiscalYear,sourceHash,recordedAt,name,summary,ministryCode,"
            + "office,prizes,prizeNote,recruitmentMethod,recruitmentText,frequencyKind,frequencyText,nextCallText,"
            + "nextCallFrom,nextCallTo,status,note,lineStart,lineEnd,page\r\n"
            + "2b0c6d3e-8a4f-3f52-9d3e-0c6e4d1b2a77,2020,98a7ad4e509f988b,2026-11-28T10:00:00Z,ものづくり日本大賞,…,METI,"
            + "製造産業局ものづくり政策審議室,内閣総理大臣賞; 経済産業大臣賞,,PUBLIC_CALL,一般公募,TRIENNIAL,3年に一度,"
            + "2021年5月～8月（予定）,2021-05,2021-08,ACTIVE,,3089,3126,34\r\n";

    private final AwardSchemeService schemes;
    private final Exports exports;

    public AwardSchemeResource(AwardSchemeService schemes, Exports exports) {
        this.schemes = schemes;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "listAwardSchemes",
            summary = "List award schemes",
            description = "Filters combine with AND. As JSON: one page, with Link headers to the other pages. As CSV"
                    + " (format=csv or Accept: text/csv) or NDJSON (format=ndjson or Accept: application/x-ndjson): every"
                    + " match, streamed, ignoring page and size.")
    @APIResponse(
            responseCode = "200",
            description = "A page of schemes, or all of them as CSV or NDJSON",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.AwardSchemePage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = SCHEME_CSV_EXAMPLE))
            })
    public Response list(
            @Parameter(description = "ministry code (METI), name (経済産業省) or short name (経産省)", example = "METI")
                    @QueryParam("ministry")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String ministry,
            @Parameter(description = "frequency kind", schema = @Schema(implementation = FrequencyKind.class))
                    @QueryParam("frequency")
                    @Param(type = Param.Type.ENUM, values = FrequencyKind.class)
                    String frequency,
            @Parameter(description = "recruitment method", schema = @Schema(implementation = RecruitmentMethod.class))
                    @QueryParam("recruitment")
                    @Param(type = Param.Type.ENUM, values = RecruitmentMethod.class)
                    String recruitment,
            @Parameter(description = "status", schema = @Schema(implementation = SchemeStatus.class))
                    @QueryParam("status")
                    @Param(type = Param.Type.ENUM, values = SchemeStatus.class)
                    String status,
            @Parameter(
                            description = "words that must all occur in the name or summary (full/half width, case and"
                                    + " spaces ignored)",
                            example = "技能 大会")
                    @QueryParam("q")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String q,
            @Parameter(
                            description = "only schemes whose printed next call period (months inclusive) contains"
                                    + " this day",
                            example = "2021-06-15",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("openOn")
                    @Param(type = Param.Type.DATE)
                    String openOn,
            @Parameter(
                            description = "only schemes printed by this report (its id)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("report")
                    @Param(type = Param.Type.UUID)
                    String report,
            @Parameter(
                            description = "keys source, name, status, ministry, frequency, recruitment, nextCall,"
                                    + " fiscalYear, since; " + SortSpec.SYNTAX + "; default source (printed order)",
                            example = "-name")
                    @QueryParam("sort")
                    @Param(type = Param.Type.TEXT, max = 200)
                    String sort,
            @BeanParam @Valid ExportRequest export,
            @BeanParam @Valid PageRequest page,
            @Context HttpHeaders headers) {
        AwardSchemeService.ListParams params =
                new AwardSchemeService.ListParams(ministry, frequency, recruitment, status, q, openOn, report, sort);
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(schemes.list(params, page))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        schemes.list(params, ListExport.PROBE); // a bad sort is a 400 before the answer starts
        return ListExport.response(
                format,
                "award-schemes",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.SCHEME, ListExport.CHUNK, chunk -> schemes.list(
                                        params, chunk)
                                .items()));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getAwardScheme",
            summary = "Get one award scheme",
            description =
                    "The scheme's current fields are those of the latest fiscal year's report that printed it; `statements` lists every report that did.")
    @APIResponse(responseCode = "200", description = "The scheme")
    public AwardScheme get(@Parameter(description = "scheme id", required = true) @PathParam("id") UUID id) {
        return schemes.get(id);
    }

    @GET
    @Path("/{id}/statements")
    @Produces({MediaType.APPLICATION_JSON, ListExport.CSV, ListExport.NDJSON})
    @Operation(
            operationId = "listAwardSchemeStatements",
            summary = "What each report printed about a scheme",
            description = "Latest fiscal year first; the first one gives the scheme's current fields. CSV (format=csv)"
                    + " and NDJSON (format=ndjson) export every statement.")
    @APIResponse(
            responseCode = "200",
            description = "A page of statements",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.SchemeStatementPage.class)),
                @Content(
                        mediaType = ListExport.CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = STATEMENT_CSV_EXAMPLE))
            })
    public Response statements(
            @Parameter(description = "scheme id", required = true) @PathParam("id") UUID id,
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid ExportRequest export,
            @Context HttpHeaders headers) {
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(schemes.statements(id, page))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        schemes.statements(id, ListExport.PROBE); // 404 before the answer starts
        return ListExport.response(
                format,
                "statements",
                out -> exports.write(
                        out,
                        format,
                        export.bom(),
                        ExportColumns.STATEMENT,
                        ListExport.CHUNK,
                        chunk -> schemes.statements(id, chunk).items()));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("editor")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "patchAwardScheme",
            summary = "Set what editors own on a scheme (its since year)",
            description = "The printed fields belong to the reports and change only through ingest.")
    @APIResponse(
            responseCode = "200",
            description = "The scheme",
            content = @Content(schema = @Schema(implementation = AwardScheme.class)))
    public Response patch(
            @Parameter(description = "scheme id", required = true) @PathParam("id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(hidden = true) String ifMatch,
            @NotNull @Valid SchemePatch patch) {
        return schemes.patch(id, patch, ifMatch).ok();
    }
}
