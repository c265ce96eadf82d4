package io.monozukuri.awards.rest;

import io.monozukuri.awards.api.AwardScheme;
import io.monozukuri.awards.api.FrequencyKind;
import io.monozukuri.awards.api.Pages;
import io.monozukuri.awards.api.RecruitmentMethod;
import io.monozukuri.awards.api.SchemePatch;
import io.monozukuri.awards.api.SchemeStatement;
import io.monozukuri.awards.api.SchemeStatus;
import io.monozukuri.awards.mapping.SchemeCsv;
import io.monozukuri.awards.service.AwardSchemeService;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.Problem;
import io.monozukuri.commons.problem.ProblemException;
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
    @Produces({MediaType.APPLICATION_JSON, SchemeCsv.MEDIA_TYPE})
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
                @Content(mediaType = SchemeCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "400",
            description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "ministry code (METI), name (経済産業省) or short name (経産省)", example = "METI")
                    @QueryParam("ministry")
                    String ministry,
            @Parameter(description = "frequency kind", schema = @Schema(implementation = FrequencyKind.class))
                    @QueryParam("frequency")
                    String frequency,
            @Parameter(description = "recruitment method", schema = @Schema(implementation = RecruitmentMethod.class))
                    @QueryParam("recruitment")
                    String recruitment,
            @Parameter(description = "status", schema = @Schema(implementation = SchemeStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "words that must all occur in the name or summary (NFKC, case and spaces"
                                    + " ignored)",
                            example = "技能 大会")
                    @QueryParam("q")
                    String q,
            @Parameter(
                            description = "only schemes whose printed next call period (months inclusive) contains"
                                    + " this day",
                            example = "2021-06-15",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("openOn")
                    String openOn,
            @Parameter(description = "only schemes printed by this report (its id)") @QueryParam("report")
                    String report,
            @Parameter(
                            description = "comma-separated keys (source, name, status, ministry, frequency,"
                                    + " recruitment, nextCall, fiscalYear, since), - for descending; default source"
                                    + " (printed order)",
                            example = "-name")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "json (default) or csv", schema = @Schema(enumeration = {"json", "csv"}))
                    @QueryParam("format")
                    String format,
            @BeanParam @Valid PageRequest page,
            @Context HttpHeaders headers) {
        AwardSchemeService.ListParams params =
                new AwardSchemeService.ListParams(ministry, frequency, recruitment, status, q, openOn, report, sort);
        if (wantsCsv(format, headers)) {
            return Response.ok(SchemeCsv.write(schemes.export(params)))
                    .type(SchemeCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"award-schemes.csv\"")
                    .build();
        }
        return Response.ok(schemes.list(params, page))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAwardScheme", summary = "Get one award scheme")
    @APIResponse(responseCode = "200", description = "The scheme")
    @APIResponse(
            responseCode = "404",
            description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @APIResponse(
            responseCode = "400",
            description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @APIResponse(
            responseCode = "400",
            description = "Invalid body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token lacks the editor group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AwardScheme patch(
            @Parameter(description = "scheme id", required = true) @PathParam("id") UUID id,
            @NotNull @Valid SchemePatch patch) {
        return schemes.patch(id, patch);
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.badRequest("format", "must be json or csv");
            };
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty()
                && !accepted.get(0).isWildcardType()
                && accepted.get(0).isCompatible(MediaType.valueOf(SchemeCsv.MEDIA_TYPE));
    }
}
