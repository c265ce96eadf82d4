package io.monozukuri.awards.rest;

import io.monozukuri.awards.api.Pages;
import io.monozukuri.awards.api.SchemePatch;
import io.monozukuri.awards.api.SchemeStatement;
import io.monozukuri.awards.mapping.SchemeCsv;
import io.monozukuri.awards.service.AwardSchemeService;
import io.monozukuri.commons.csv.CsvWriter;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.Params;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/award-schemes")
@Tag(name = "Award schemes", description = "Award schemes of the reports' award tables (表彰制度)")
@Produces(MediaType.APPLICATION_JSON)
public class AwardSchemeResource {

    private final AwardSchemeService schemes;

    public AwardSchemeResource(AwardSchemeService schemes) {
        this.schemes = schemes;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    @Operation(
            operationId = "listAwardSchemes",
            summary = "List award schemes",
            description = "Filters combine with AND. Answers CSV (every match, no paging) with format=csv or"
                    + " Accept: text/csv.")
    @APIResponse(
            responseCode = "200",
            description = "A page of schemes, or all of them as CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.AwardSchemePage.class)),
                @Content(mediaType = CsvWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
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
            @Parameter(
                            description = "representation; overrides the Accept header",
                            schema = @Schema(implementation = ListFormat.class))
                    @QueryParam("format")
                    @Param(type = Param.Type.ENUM, values = ListFormat.class)
                    String format,
            @Parameter(
                            description = "CSV only: start with a UTF-8 byte order mark (for Excel)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("bom")
                    @Param(type = Param.Type.BOOLEAN)
                    String bom,
            @BeanParam @Valid PageRequest page,
            @Context HttpHeaders headers) {
        AwardSchemeService.ListParams params =
                new AwardSchemeService.ListParams(ministry, frequency, recruitment, status, q, openOn, report, sort);
        if (wantsCsv(format, headers)) {
            List<AwardScheme> all = schemes.export(params);
            boolean withBom = Boolean.TRUE.equals(Params.toBoolean(bom));
            StreamingOutput body = out -> SchemeCsv.write(all, new CsvWriter(out, withBom));
            return Response.ok(body)
                    .type(CsvWriter.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"award-schemes.csv\"")
                    .build();
        }
        return Response.ok(schemes.list(params, page))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
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
    @Operation(
            operationId = "listAwardSchemeStatements",
            summary = "What each report printed about a scheme",
            description = "Latest fiscal year first; the first one gives the scheme's current fields.")
    @APIResponse(
            responseCode = "200",
            description = "A page of statements",
            content = @Content(schema = @Schema(implementation = Pages.SchemeStatementPage.class)))
    public PageResponse<SchemeStatement> statements(
            @Parameter(description = "scheme id", required = true) @PathParam("id") UUID id,
            @BeanParam @Valid PageRequest page) {
        return schemes.statements(id, page);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("editor")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(
            operationId = "patchAwardScheme",
            summary = "Set what editors own on a scheme (its since year)",
            description = "The printed fields belong to the reports and change only through ingest.")
    @APIResponse(responseCode = "200", description = "The scheme")
    public AwardScheme patch(
            @Parameter(description = "scheme id", required = true) @PathParam("id") UUID id,
            @NotNull @Valid SchemePatch patch) {
        return schemes.patch(id, patch);
    }

    /** The representations of the list. */
    public enum ListFormat {
        json,
        csv
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        ListFormat chosen = Params.toEnum(format, ListFormat.class);
        if (chosen != null) {
            return chosen == ListFormat.csv;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty()
                && !accepted.get(0).isWildcardType()
                && accepted.get(0).isCompatible(MediaType.valueOf(CsvWriter.MEDIA_TYPE));
    }
}
